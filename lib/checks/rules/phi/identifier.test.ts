import { ruleTester } from '@/tests/support/ruleTester';
import rule from './identifier';

ruleTester(rule, {
  valid: [
    // SSNs the SSA never issues, and placeholders
    'Example only: 000-12-3456',
    'Example only: 666-12-3456',
    'Example only: 912-34-5678',
    'Example only: 111-11-1111',
    'Example only: 123-45-6789',
    // ID words without a number
    { text: 'Please bring a photo ID and your member card.', context: 'post' },
    { text: 'Member since 2019 and still smiling!', context: 'post' },
    // a card number that fails the Luhn checksum
    'Order 4111 1111 1111 1112 shipped',
    // label words with counts, years, doses: no identifier
    { text: 'A group of 120 kids came to the fair.', context: 'post' },
    { text: 'Rx 500mg twice a day is the usual dose.', context: 'comment' },
    { text: 'Our claims process changed in 2024 and the ID card looks new.', context: 'post' },
    { text: 'Case 2 of the study showed no change.', context: 'post' },
    { text: 'Record 1,200 sealants placed this year!', context: 'post' },
    { text: 'The last four years were great. Thanks for 4 fantastic years!', context: 'post' },
    // a label, then a phone number in the next sentence, or a count
    { text: 'Your member ID is on your card. Call us at 541-555-0111 with questions.', context: 'comment' },
    { text: 'Bring your member ID card. Our fax is 555-014-2201.', context: 'comment' },
    { text: 'Have your policy number handy. The wait is 20 minutes.', context: 'comment' },
    { text: 'Bring your MRN letter. Our fax is 555-014-2201 if that is easier.', context: 'comment' },
    // numbers of things after '#'
    { text: 'Order #48812 of toothbrushes for the school drive just arrived!', context: 'post' },
    { text: 'Route #41 stops right outside our door.', context: 'post' },
    { text: 'See the claim form. 55 families used it last month.', context: 'post' },
    { text: 'Check out our new website! 2 new hygienists joined.', context: 'post' },
    { text: 'Our license plate frames are free at the desk. We gave out 120 this week.', context: 'post' },
    // digits in other forms that are no identifier: units, footnotes, formulas, list markers
    { text: 'Our new office has 1,200 m² of space, ID required at the door.', context: 'post' },
    { text: 'Dr. Lee¹ on fluoride: H₂O with 0.7 mg/L is ideal. Bring your member card!', context: 'post' },
    { text: '#️⃣ of the week: #️⃣flossfriday, tag your member ID card pic', context: 'post' },
    { text: '1️⃣ tip of the day: bring your insurance card! 2️⃣ arrive 10 minutes early.', context: 'post' },
  ],
  invalid: [
    { text: 'Her SSN is 219-09-9999.', findings: [{ span: '219-09-9999', severity: 'block' }] },
    { text: 'social security 219 09 9999', findings: [{ span: '219 09 9999' }] },
    { text: 'MRN: 00482913 for the file', findings: [{ span: '00482913' }] },
    { text: 'member ID XJH448120 on file', findings: [{ span: 'XJH448120' }] },
    // fullwidth characters fold to ASCII
    { text: 'policy # ＢＣＢ７７４１９０２２, at the front desk', findings: [{ span: 'ＢＣＢ７７４１９０２２' }] },
    { text: 'Your claim #MM-55091827 was reprocessed', findings: [{ span: '#MM-55091827' }] },
    // digits spaced out
    { text: 'use policy number 0 0 7 - 4 4 1 - 9 2 8 please', findings: [{ span: '0 0 7 - 4 4 1 - 9 2 8' }] },
    { text: 'refunded to the Visa ending 4417', findings: [{ span: '4417' }] },
    { text: 'license plate 7KLM442 was in the lot', findings: [{ span: '7KLM442' }] },
    { text: 'pump serial number SN4490217', findings: [{ span: 'SN4490217' }] },
    { text: 'card 4111 1111 1111 1111 on file', findings: [{ span: '4111 1111 1111 1111' }] },
    // an SSN by its label, in part or spelled out
    { text: 'Her SSN ends in 4471, right?', context: 'comment', findings: [{ span: '4471' }] },
    { text: 'the last four of your social are 1120', context: 'comment', findings: [{ span: '1120' }] },
    { text: 'ssn: zero seven eight, zero five, one one two zero', context: 'comment', findings: [{ span: 'zero seven eight, zero five, one one two zero' }] },
    // any label word, any separators, letters mixed in
    { text: 'Policy # A 44 19 220 for Mr. Tran.', context: 'comment', findings: [{ span: 'A 44 19 220' }] },
    { text: 'Medicare number 1EG4-TE5-MK73 is on the card.', context: 'comment', findings: [{ span: '1EG4-TE5-MK73' }] },
    { text: 'His medical record # is 55-10-229.', context: 'comment', findings: [{ span: '55-10-229' }] },
    { text: 'Hi Esperanza, is it still OR DL 4829173?', context: 'comment', findings: [{ span: '4829173' }] },
    { text: 'Invoice INV-88213 was paid in full by your insurance.', context: 'comment', findings: [{ span: 'INV-88213' }] },
    { text: 'Your night guard shipped under tracking 1Z999AA10123456784.', context: 'comment', findings: [{ span: '1Z999AA10123456784' }] },
    { text: 'Ms. Nkosi, your HSA card ending in 5 5 0 2 was declined.', context: 'comment', findings: [{ span: '5 5 0 2' }] },
    { text: 'Use group 18834 for Ignacio.', context: 'comment', findings: [{ span: '18834' }] },
    { text: 'Claim ID CLM-2024-55812 was denied.', context: 'comment', findings: [{ span: 'CLM-2024-55812' }] },
    { text: 'Your plate ABC-1234 was blocking the ramp.', context: 'comment', findings: [{ span: 'ABC-1234' }] },
    { text: 'Device serial number: 7F3K-2210 is on the back.', context: 'comment', findings: [{ span: '7F3K-2210' }] },
    // "last four" names part of a number; "S/N" with a slash; an SSN label further back
    { text: 'Mr. Castellanos, only the last four (6612) are on file with your Medicaid ID.', context: 'review-reply', findings: [{ span: '6612' }] },
    { text: 'The pump serial you gave us (MMT-1780 S/N NG4417236H) is in Farhan’s chart.', context: 'comment', findings: [{ span: 'NG4417236H' }] },
    { text: 'Found under chair 4: a Social Security card for Robert Lyle, 541 22 0938.', context: 'post', findings: [{ span: '541 22 0938' }] },
    // spaced dashes, the SSN label after the number; an abbreviated record label
    { text: 'use 078 - 05 - 1120 for his social', context: 'comment', findings: [{ span: '078 - 05 - 1120' }] },
    { text: 'med rec # 44-1290 for her', context: 'comment', findings: [{ span: '44-1290' }] },
    // each digit of an SSN group spaced apart
    { text: 'we hid your comment because it had Mateo’s social security number in it (5 1 2-44-0981)', context: 'comment', findings: [{ span: '5 1 2-44-0981' }] },
    { text: 'is his SSN still 5 1 2 - 4 4 - 0 9 8 1?', context: 'comment', findings: [{ span: '5 1 2 - 4 4 - 0 9 8 1' }] },
    // a label in one sentence, its number stated in the next
    { text: 'Your member # is on the back of your card. The one we have on file is 108 223 4419.', context: 'comment', findings: [{ span: '108 223 4419' }] },
    { text: 'We need your policy number again. Ours says 44-8812-730, which was denied.', context: 'comment', findings: [{ span: '44-8812-730' }] },
    { text: 'Check the claim # on the EOB: it reads 7702 1194 55.', context: 'comment', findings: [{ span: '7702 1194 55' }] },
    { text: 'The VIN on Mr. Tran’s van is 1HGCM82633A004352, it was blocking the ramp.', context: 'comment', findings: [{ span: '1HGCM82633A004352' }] },
    { text: 'Her MRN from the hospital letter? It’s 00448 2913.', context: 'comment', findings: [{ span: '00448 2913' }] },
    // digits written as keycaps, superscripts, subscripts, circled or mathematical digits
    { text: 'Her SSN is ²¹⁹-⁰⁹-⁹⁹⁹⁹.', context: 'comment', findings: [{ span: '²¹⁹-⁰⁹-⁹⁹⁹⁹', severity: 'block' }] },
    { text: 'SSN: 2️⃣1️⃣9️⃣-0️⃣9️⃣-9️⃣9️⃣9️⃣9️⃣ for the form', context: 'comment', findings: [{ span: '2️⃣1️⃣9️⃣-0️⃣9️⃣-9️⃣9️⃣9️⃣9️⃣' }] },
    { text: 'social security ₂₁₉ ₀₉ ₉₉₉₉', context: 'comment', findings: [{ span: '₂₁₉ ₀₉ ₉₉₉₉' }] },
    { text: 'member ID XJH⁴⁴⁸¹²⁰ on file', context: 'comment', findings: [{ span: 'XJH⁴⁴⁸¹²⁰' }] },
    { text: 'MRN: 𝟎𝟎𝟒𝟖𝟐𝟗𝟏𝟑 for the file', context: 'comment', findings: [{ span: '𝟎𝟎𝟒𝟖𝟐𝟗𝟏𝟑' }] },
    { text: 'policy # ⓪⓪⑦-④④①-⑨②⑧ please', context: 'comment', findings: [{ span: '⓪⓪⑦-④④①-⑨②⑧' }] },
    // an abbreviation's full stop is no sentence end; check numbers
    { text: 'her member I.D. is XZP 448 120 991', context: 'comment', findings: [{ span: 'XZP 448 120 991' }] },
    { text: 'Lic. # D1234567 was on the ID you left at the desk, Mr. Obi', context: 'comment', findings: [{ span: 'D1234567' }] },
    { text: 'the check #4471 from Mr. Haile for his crown bounced', context: 'comment', findings: [{ span: '4471' }] },
    // an SSN masked but for the last four; a plate stated after its label
    { text: 'her SSN is ***-**-4471 per the form', context: 'comment', findings: [{ span: '***-**-4471' }] },
    { text: 'Is it XXX-XX-9120 on your card, Ms. Obi?', context: 'comment', findings: [{ span: 'XXX-XX-9120' }] },
    { text: 'The plate on the blue Civic in the lot is 8-ABC-123, you’re blocking the ramp.', context: 'comment', findings: [{ span: '8-ABC-123' }] },
  ],
});
