// US national health observances by month, as listed on the HHS Office of Disease
// Prevention and Health Promotion's National Health Observances calendar (health.gov/nho)
// and by the organisations that run them. Public facts; a few per month.
import type { MonthNumber, PostIdea } from './types';

export const OBSERVANCES: Record<MonthNumber, PostIdea[]> = {
  1: [
    { title: 'Cervical Health Awareness Month', prompt: 'Remind followers that regular screenings are part of staying well, and how to book one.' },
    { title: 'National Blood Donor Month', prompt: 'Share where people nearby can donate blood this winter, when supplies run low.' },
  ],
  2: [
    { title: 'American Heart Month', prompt: 'Post one simple habit that helps the heart: a daily walk, less salt, knowing your blood pressure.' },
    { title: "Children's Dental Health Month", prompt: 'Share a brushing tip for kids, or how often children should see a dentist.' },
  ],
  3: [
    { title: 'National Nutrition Month', prompt: 'Post an easy, healthy swap for a common snack or drink.' },
    { title: 'Colorectal Cancer Awareness Month', prompt: 'Explain at what age screening is recommended and that the office can talk through options.' },
  ],
  4: [
    { title: 'National Minority Health Month', prompt: 'Share a resource that helps everyone in the community get care, in plain language.' },
    { title: 'World Health Day (7 April)', prompt: "Post about this year's World Health Day theme and one thing your community can do." },
  ],
  5: [
    { title: 'Mental Health Awareness Month', prompt: 'Share the 988 Suicide & Crisis Lifeline and a reminder that asking for help is a strength.' },
    { title: 'Better Hearing and Speech Month', prompt: 'Post the signs that a hearing check could help, and how to arrange one.' },
  ],
  6: [
    { title: "Men's Health Month", prompt: 'Encourage the men in your community to book the check-up they keep putting off.' },
    { title: "Alzheimer's & Brain Awareness Month", prompt: 'Share one everyday habit linked to brain health, like staying active or social.' },
  ],
  7: [
    { title: 'UV Safety Month', prompt: 'Remind followers that UV is strongest from 10 to 4, and sunglasses protect eyes too.' },
    { title: 'Juvenile Arthritis Awareness Month', prompt: 'Share that children can get arthritis too, and where families can find support.' },
  ],
  8: [
    { title: 'National Immunization Awareness Month', prompt: 'Post a reminder to check vaccine records before school starts.' },
    { title: "Children's Eye Health and Safety Month", prompt: 'Share signs a child may need an eye exam, like squinting or sitting close to screens.' },
  ],
  9: [
    { title: 'National Cholesterol Education Month', prompt: 'Explain how often adults should have their cholesterol checked.' },
    { title: 'Healthy Aging Month', prompt: 'Share one tip for staying active and independent at any age.' },
  ],
  10: [
    { title: 'Breast Cancer Awareness Month', prompt: 'Remind followers about mammogram screening and that the office can help schedule one.' },
    { title: 'Health Literacy Month', prompt: "Invite people to write down questions before a visit — there's no such thing as a silly question." },
  ],
  11: [
    { title: 'National Diabetes Month', prompt: 'Share common early signs of type 2 diabetes and that a simple test can check.' },
    { title: 'Great American Smokeout', prompt: "Encourage anyone thinking of quitting to start on the Smokeout (third Thursday of November); share 1-800-QUIT-NOW." },
  ],
  12: [
    { title: 'National Handwashing Awareness Week', prompt: 'Post a quick reminder: 20 seconds with soap, especially before holiday meals.' },
    { title: 'Safe Toys and Gifts Month', prompt: 'Share how to check that a toy suits a child’s age, and watch out for button batteries.' },
  ],
};
