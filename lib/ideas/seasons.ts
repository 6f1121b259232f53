// Ideas that fit the season (Northern Hemisphere, as the practices using this are in the US).
import type { MonthNumber, PostIdea } from './types';

const FLU_SHOTS: PostIdea = { title: 'Flu shot season', prompt: 'Let people know flu shots are available and how to get one — no appointment details, just the how.' };
const SUN_SAFETY: PostIdea = { title: 'Sun safety', prompt: 'Post a sunscreen reminder: SPF 30 or higher, reapplied every two hours outdoors.' };
const HEAT: PostIdea = { title: 'Staying safe in the heat', prompt: 'Share the signs of heat exhaustion and a reminder to check on older neighbours.' };
const ALLERGIES: PostIdea = { title: 'Allergy season', prompt: 'Share tips for pollen season: keep windows closed on high-pollen days, shower after being outdoors.' };
const BACK_TO_SCHOOL: PostIdea = { title: 'Back to school', prompt: 'Remind families about school and sports physicals, and how to book before the rush.' };
const COLD_AND_FLU: PostIdea = { title: 'Cold and flu season', prompt: 'Post how to tell a cold from the flu, and when it is time to call the office.' };
const HOLIDAY_HOURS: PostIdea = { title: 'Holiday hours', prompt: 'Post the office’s holiday hours and who to call when the office is closed.' };
const NEW_YEAR: PostIdea = { title: 'New year, healthy start', prompt: 'Suggest one realistic health goal for the year, like a daily walk or booking a yearly check-up.' };
const SPRING_FORWARD: PostIdea = { title: 'Sleep and the clock change', prompt: 'Share a tip for adjusting to daylight saving time: a little earlier to bed a few nights before.' };
const SUMMER_TRAVEL: PostIdea = { title: 'Summer travel', prompt: 'Remind travellers to pack their medicines in their carry-on and bring a list of them.' };

export const SEASONAL: Record<MonthNumber, PostIdea[]> = {
  1: [NEW_YEAR, COLD_AND_FLU],
  2: [COLD_AND_FLU],
  3: [SPRING_FORWARD, ALLERGIES],
  4: [ALLERGIES],
  5: [ALLERGIES, SUN_SAFETY],
  6: [SUN_SAFETY, SUMMER_TRAVEL],
  7: [SUN_SAFETY, HEAT],
  8: [BACK_TO_SCHOOL, HEAT],
  9: [FLU_SHOTS, BACK_TO_SCHOOL],
  10: [FLU_SHOTS],
  11: [FLU_SHOTS, HOLIDAY_HOURS],
  12: [HOLIDAY_HOURS, COLD_AND_FLU],
};

/** Good any month, and safe: about the practice and public health, never a patient. */
export const EVERGREEN: PostIdea[] = [
  { title: 'Meet the team', prompt: 'Introduce a staff member (with their OK): their role and what they enjoy about it.' },
  { title: 'Behind the scenes', prompt: 'Show how the office gets ready each morning — with no patients or screens in the photo.' },
  { title: 'A question we hear often', prompt: 'Answer a common general question, like how to get a prescription refill.' },
  { title: 'Thank you', prompt: 'Thank the community or a local partner for their support this month.' },
];
