// Upper-case words that are names of things, not shouting: medical, insurance, office and
// everyday acronyms. Source: written for this project. Licence: same as the project.
export const ACRONYMS: readonly string[] = [
  'HIPAA', 'COVID', 'CPR', 'AED', 'MRI', 'CT', 'CAT', 'PET', 'EKG', 'ECG', 'EEG', 'EMG', 'ICU', 'NICU', 'PICU', 'ER', 'ED',
  'PT', 'OT', 'OB', 'GYN', 'OBGYN', 'ENT', 'ADHD', 'ADD', 'OCD', 'PTSD', 'COPD', 'CHF', 'HIV', 'AIDS', 'HPV', 'RSV', 'STD',
  'STI', 'UTI', 'TB', 'BMI', 'BP', 'DNA', 'RNA', 'FDA', 'CDC', 'WHO', 'NIH', 'AMA', 'ADA', 'AAP', 'ACA', 'CHIP', 'HMO', 'PPO',
  'EPO', 'HSA', 'FSA', 'EOB', 'CPT', 'ICD', 'NPI', 'DEA', 'PCP', 'NP', 'PA', 'MD', 'DO', 'DDS', 'DMD', 'RN', 'LPN', 'CNA',
  'MA', 'PHD', 'APRN', 'FNP', 'DPT', 'DC', 'OD', 'LCSW', 'USA', 'US', 'ASAP', 'FAQ', 'FAQS', 'FYI', 'RSVP', 'DM', 'DMS', 'PM',
  'AM', 'TV', 'OK', 'LLC', 'PLLC', 'INC', 'UV', 'IV', 'IUD', 'PAP', 'PSA', 'MMR', 'DTAP', 'TDAP', 'HEP', 'SPF', 'BPA', 'GERD',
  'IBS', 'TMJ', 'SIDS', 'RICE', 'EPI', 'PRN', 'NPO', 'STAT', 'ATM', 'ID', 'IT', 'HR', 'CEO', 'COO', 'CFO', 'AI', 'PTO', 'PTA',
  'SAT', 'ACT', 'AP', 'HS', 'GED', 'NFL', 'NBA', 'MLB', 'NHL', 'NCAA', 'ESPN', 'NYC', 'YMCA', 'YWCA', 'UPS', 'USPS', 'PPE',
  'WIC', 'SNAP', 'VA', 'EMS', 'EMT', 'NHS', 'HCG', 'PSA', 'LASIK', 'CBD', 'THC', 'OTC', 'RX', 'HRT', 'IVF', 'IUI', 'ABA',
  'SLP', 'ABC', 'ABCS', 'CBC', 'CMP', 'TSH', 'LDL', 'HDL', 'INR', 'ACL', 'MCL', 'NSAID', 'NSAIDS', 'SSRI', 'ADHD', 'ASD',
  'AFIB', 'DVT', 'MS', 'ALS', 'CF', 'MRSA', 'STEM', 'PE', 'PTO', 'FMLA', 'ADA', 'EHR', 'EMR', 'URL', 'PDF', 'QR', 'SMS',
  'BOGO', 'DIY', 'TBD', 'TBA', 'ETA', 'ICYMI', 'PS', 'NB', 'AKA', 'VIP', 'BBQ', 'LGBTQ', 'LGBT', 'LGBTQIA', 'BIPOC', 'AAPI',
  'BCBS', 'UHC', 'AARP', 'CMS', 'MRN', 'SSN', 'DOB', 'ZIP', 'FDA', 'FEMA', 'OSHA', 'CLIA', 'HHS', 'OCR', 'HITECH', 'COBRA',
];
