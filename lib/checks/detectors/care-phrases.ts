// Phrases that confirm someone is or was a patient, or give their billing details, whatever
// words surround them. Kept here (not in one rule) because the date rule also needs to know
// which sentences speak of someone's care: "when you came in on March 3".
//
// All repeats are bounded and every pattern starts with a literal word, so each runs in time
// linear in the text's length.
import type { Doc } from '../doc';
import { careSettingSentences } from './care-setting';
import { eventSentences } from './event-sentences';
import { memoByDoc } from './memo';
import { runPatternDetector, type PatternDetector, type PatternHit } from './pattern';
import { sentenceOwnerOf } from './ties';
import { sentenceAt } from './sentence-at';

const V_REVIEW = String.raw`(?:reviewed|checked|pulled(?: up)?|looked (?:at|into|over|through|up)|went (?:back )?(?:through|over)|gone (?:back )?(?:through|over)|double[- ]checked|read|went back to|consulted)`;
const RECORD = String.raw`(?:charts?|files?|records?|notes|history|account|x-?rays?|results|case|visit notes|treatment notes|paperwork)`;

/** Relationship phrases. `score` ≥ 0.8 ties a person to care by itself (block); lower is warn. */
export const RELATIONSHIP_PATTERNS: PatternDetector = {
  lower: true,
  combined: true,
  minScore: 0,
  patterns: [
    // "our records show", "the chart says"
    { name: 'records-show', score: 0.9, regex: /\b(?:our|the|my) (?!(?:phone|call|door|visitor|sign-in|security|camera|website|email) )(?:[a-z-]{2,12} )?(?:records?|files?|charts?|system|notes|billing system|computer|schedule|logs?) (?:show|shows|showed|indicates?|indicated|says?|said|reflects?|confirms?|confirmed|states?)\b/g },
    // "according to our records", "per our billing system"
    { name: 'per-records', score: 0.9, regex: /\b(?:according to|per|based on|from|in) (?:our|the) (?:records?|files?|charts?|notes|system|billing system|billing records|computer|appointment logs?|schedule)\b/g },
    // "we reviewed your chart", "we went back through your file"
    { name: 'reviewed-chart', score: 0.9, regex: new RegExp(String.raw`\b${V_REVIEW} (?:your|his|her|their|the patient's) ${RECORD}\b`, 'g') },
    // "we have no record of you", "zero record of a 'Marlon Esteban'"
    { name: 'no-record', score: 0.9, regex: /\b(?:no|zero|any|never found a|don't have a|do not have a|cannot find a|can't find a|couldn't find a) (?:records?|files?|charts?|account) (?:of|for|on) (?:you|a|an|him|her|them|this|that|your|anyone|any)\b/g },
    // "not a patient", "never been our patient", "you were a patient"
    { name: 'not-patient', score: 0.9, regex: /\b(?:never|not|no longer|isn't|wasn't|aren't|weren't) (?:been |even |ever |actually )?(?:a |our |one of our )(?:current |former |new |registered )?patients?\b/g },
    { name: 'is-patient', score: 0.9, regex: /\b(?:you|he|she|they)(?:'re| are| were|'ve been| have been| had been| was| is|'s been| has been|'s) (?:a |our |one of our )(?:former |new |longtime |long-time |loyal |valued |regular |current )?patients?\b/g },
    { name: 'patient-of', score: 0.9, regex: /\b(?:a|our|my) patients? of (?:ours|mine|dr\.?|doctor)\b/g },
    { name: 'as-patient', score: 0.8, regex: /\bas (?:a|our) (?:former |new |longtime |long-time |loyal |valued |regular |current )?patient\b/g },
    // "when you came in", "you were seen by", "you were told at your intake"
    { name: 'you-came-in', score: 0.9, regex: /\byou (?:came|come|stopped|walked|were brought|brought \w{1,12}) (?:in|into|by|back|to see|to our office|to the office|for)\b/g },
    { name: 'you-were-cared', score: 0.9, regex: /\byou (?:were|got|have been|had been|'ve been) (?:here|seen|treated|examined|diagnosed|prescribed|referred|scheduled|booked|discharged|admitted|fitted|x-?rayed|sedated|numbed|tested|vaccinated|checked in|checked out|in the chair|in our chair|under|on (?:our|the) (?:schedule|books|calendar|waitlist|wait list))\b/g },
    { name: 'you-were-told', score: 0.8, regex: /\byou were (?:told|given|advised|informed|sent|called|charged|billed|offered) (?:at|during|after|before|by|in|on)\b/g },
    { name: 'care-you', score: 0.9, regex: /\b(?:saw|treated|examined|diagnosed|prescribed|referred|x-?rayed|sedated|numbed|discharged|admitted|vaccinated|cleaned|fitted|billed|charged|operated on|seeing|scheduled|rescheduled) you\b/g },
    { name: 'you-did', score: 0.85, regex: /\byou (?:visited|canceled|cancelled|rescheduled|no-showed|missed (?:your|an|the|two|three|several|multiple|\d{1,2})|left (?:with|our office|the office|the clinic)|checked in|had (?:your|a|an|the) (?:\w{1,15} )?(?:appointment|visit|procedure|cleaning|exam|surgery|filling|checkup|check-up|consult|consultation|session|test|scan|x-?rays?|crown|extraction))\b/g },
    { name: 'you-in-chair', score: 0.9, regex: /\b(?:while|when|as|after|before) you (?:were|was) (?:in the chair|in our chair|in the office|in our office|here|in the waiting room|under|numb|sedated|being seen|checked in)\b/g },
    // "we have your son down for his follow-up", "Marcus has him on the schedule"
    // "we're holding the 8:30 for you", "saved the 2pm slot for your son"
    { name: 'holding-slot', score: 0.85, regex: /\b(?:holding|saving|saved|held|reserved|reserving|booked|have|got) (?:the|your|an?) (?:\d{1,2}(?::\d\d)? ?(?:am|pm)|\d{1,2}:\d\d)(?: slot| appointment| appt| spot)? for (?:you|him|her|your (?:son|daughter|kids?|child|mom|dad|husband|wife|little one))\b/g },
    { name: 'scheduled', score: 0.85, regex: /\b(?:have|has|had|got|put|moved|booked|scheduled|rescheduled) (?:you|him|her|them|your (?:son|daughter|child|kid|mom|dad|mother|father|husband|wife|little one|baby|partner)) (?:down for|on the schedule|on our schedule|in for|scheduled|booked|for (?:a|an|his|her|your|their) )/g },
    // "to the patient who left her umbrella" — one particular patient addressed in a post
    { name: 'the-patient-who', score: 0.6, regex: /\b(?:the|a|one) (?:patient|pt|mom|dad|mother|father|gentleman|lady|family|parent|grandmother|grandfather) (?:who|that) (?:dropped|left|forgot|lost|came in|was in|was here|had|brought|visited|saw)\b/g },
    // "the 11am today was …": an appointment slot is a person
    { name: 'time-slot', score: 0.8, regex: /\b(?:the|my|our|your) (?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday) )?\d{1,2}(?::\d{2})? ?(?:am|pm|o'clock)(?: appointment| appt| patient| slot| regular| kid| today| yesterday| this morning){0,2} (?:was|is|had|has|came|cried|screamed|showed|brought|left|said|told|asked|forgot)\b/g },
    // "our records don't show any visit", "we were unable to locate a patient by that name"
    { name: 'records-dont-show', score: 0.9, regex: /\b(?:records?|files?|charts?|system|schedule) (?:don't|doesn't|do not|does not|didn't|did not) (?:show|have|list|reflect|contain)\b/g },
    // "there is no one by that name in our patient system", "you're not in our system"
    { name: 'no-one-by-name', score: 0.9, regex: /\b(?:anyone|no one|nobody) (?:matching|fitting|who matches|who fits) (?:your|that|this|the) (?:description|name)\b|\b(?:no one|nobody|no patient|no patients|not anyone|anyone) (?:by|under|with|named) (?:that|this|the|your|a|such a) (?:name|last name|surname|birthday|date of birth)\b|\b(?:you're|you are|you were|he's|she's|he is|she is|they're|they are) not (?:in|on) (?:our|the) (?:patient )?(?:system|records?|files?|charts?|database|roster|patient list)\b/g },
    // "a 3-hour wait is unacceptable", "waiting over an hour": said back to someone, the length of
    // their wait confirms they were here
    { name: 'timed-wait', score: 0.8, regex: /\b(?:the|that|your) (?:long |extra |[a-z]{3,12} )?wait (?:(?:last|on|this past) [a-z]{3,9}|yesterday|this morning|earlier today)\b|\b(?:\d{1,3}|one|two|three|four|five|half)[- ](?:hour|hr|minute|min)s?[- ](?:long )?wait\b|\b(?:waiting|waited|sat|sitting) (?:for )?(?:over |more than |almost |nearly |about |around |a full |an extra )?(?:an|a|\d{1,3}|one|two|three|four|five|forty|thirty|twenty|ninety|half an?) (?:full )?(?:hours?|hrs?|minutes?|mins?)\b/g },
    // Denying that someone was ever here is itself a statement of their status: "a dentist
    // you've never actually been to", "we've never heard of you", "no such visit happened",
    // "we couldn't match this review to anyone we've seen", "no one named … in our records".
    { name: 'never-been-to', score: 0.85, regex: /\bnever (?:even |actually |ever |once )?(?:been (?:to|in|inside)|visited|set foot in|stepped foot in)(?: (?:us|our|this|the) (?:office|practice|clinic)| us\b| our\b| this\b)?/g },
    { name: 'never-heard-of', score: 0.8, regex: /\b(?:(?:we've|we have|we) (?:never|not|don't|do not|didn't|did not)|none of us (?:have|has|had)) (?:even |ever )?(?:heard of|met|seen|treated|know|recognize|recognise) (?:you|who you are|this person|this reviewer|your (?:name|son|daughter|child|kid|family))\b/g },
    { name: 'no-such-visit', score: 0.85, regex: /\bno such (?:visit|appointment|appt|patient|exam|cleaning|procedure|treatment|encounter)\b/g },
    { name: 'visit-never-happened', score: 0.85, regex: /\b(?:visit|appointment|appt|exam|cleaning|procedure) (?:never|did not|didn't) (?:happened|happen|took place|take place|occurred|occur)\b/g },
    { name: 'anyone-we-saw', score: 0.8, regex: /\b(?:anyone|anybody|any patient|any family|any child|no one|nobody|no patient|no family) (?:(?:that|who|whom) )?we(?:'ve| have|'d| had)? (?:ever )?(?:seen|treated|cared for)\b|\b(?:match|matched|connect|connected|tie|tied|link|linked) (?:the |your |this |these |that )?(?:details|name|description|review|account|story|complaint)(?: in (?:this|your|the) review)? (?:to|with) (?:any|a|an|our|one of our) (?:patient|record|chart|file|visit|appointment|one)/g },
    { name: 'no-one-named', score: 0.9, regex: /\b(?:no one|nobody|no patient|not anyone|no record of anyone|no record of a patient) (?:named|by the name(?: of)?) [a-z][a-z'-]{1,30}/g },
    // "we bent over backwards for you", "went above and beyond for your son": the practice's
    // past effort for this person
    { name: 'effort-for-you', score: 0.8, regex: /\b(?:bent over backwards?|went (?:above and beyond|out of (?:our|my|their|her|his) way|the extra mile)|did (?:everything|all|what) (?:we|i) could|made an exception|moved heaven and earth) for (?:you|him|her|your (?:son|daughter|kids?|child|children|family|mom|dad|mother|father|husband|wife|little one))\b/g },
    // "Dr. Brandt says hi to both girls", "sends hugs to your little ones": the staff know the
    // person's children, so the children are patients
    { name: 'says-hi-to-kids', score: 0.8, regex: /\btell (?:your |both |the )?(?:son|daughter|mom|dad|mother|father|husband|wife|kids|girls|boys|little one|twins|grandma|grandpa|kiddos?) (?:we|i|dr\.? [a-z]{2,20}|the team|everyone here|our team|[a-z]{2,20} at the front desk) (?:said|says|say) (?:hi|hello)\b|\b(?:says?|said|sends?|sent|sending) (?:hi|hello|hugs?|big hugs|(?:her|his|their|our) love|love|(?:a )?high[- ]fives?|(?:a )?fist bumps?|a hug) to (?:both (?:of )?(?:your )?|your (?:two |three |little )?|the (?:two|three) )(?:girls|boys|kids|twins|little ones?|son|daughter|kiddos?|littles|munchkins|grandkids)\b/g },
    // "the other dentist will be thrilled to have you", "your new dentist": said to a reviewer,
    // the person has left the practice, so was a patient
    { name: 'other-dentist', score: 0.6, regex: /\b(?:new|other|next) (?:dentist|dental office|practice|office|orthodontist|pediatric dentist|provider|clinic)\b/g },
    // "we know the wait was long that afternoon", "thank you for your patience on October 14th":
    // a wait on one day, said back to someone, was theirs
    { name: 'wait-that-day', score: 0.8, regex: /\bwait (?:was|felt|ran|got) (?:[a-z]{2,8} ){0,2}(?:that|last|this past|on) (?:afternoon|morning|evening|day|night|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\b(?:patience|wait|waiting) (?:on|last|this past) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\.? \d{1,2}|\d{1,2}\/\d{1,2})/g },
    { name: 'cannot-locate', score: 0.9, regex: /\b(?:unable to|can't|cannot|couldn't|could not|did not|didn't) (?:locate|find) (?:a |any |your |the )?(?:patient|record|chart|file|account|appointment|visit)s?\b/g },
    { name: 'never-scheduled', score: 0.85, regex: /\b(?:never|not|wasn't|weren't) (?:even |actually |ever )?(?:scheduled|seen|treated|booked|examined) (?:with|by|here|at|in)\b/g },
    { name: 'dismissed', score: 0.9, regex: /\b(?:banned|dismissed|discharged|terminated|kicked out|removed) (?:from (?:this|our|the) (?:practice|office|clinic)|as a patient|from care|for (?:repeated|abusive|rude|non-?payment|missed|no-?shows?))/g },
    // "you and your kids are no longer welcome at this practice": a dismissal in other words
    { name: 'not-welcome', score: 0.9, regex: /\b(?:no longer|not|never again) (?:welcome|allowed|permitted) (?:at (?:this|our|the) (?:practice|office|clinic)|in (?:this|our|the) (?:practice|office|clinic)|here|back|to (?:return|come back|book|schedule))\b/g },
    { name: 'came-to-us', score: 0.85, regex: /\b(?:you|he|she|they) (?:first )?(?:came|come|walked|was brought|were brought) (?:to us|in with|into our office|into the office)\b/g },
    { name: 'patients-we-had', score: 0.8, regex: /\bpatients? (?:we(?:'ve| have)? (?:ever )?(?:had|have|seen|treated)|of ours)\b/g },
    { name: 'like-yours', score: 0.6, regex: /\b(?:families|patients) like (?:yours|you)\b/g },
    { name: 'you-signed', score: 0.85, regex: /\b(?:you (?:signed|initialed|agreed to)|your signature|your signed)\b/g },
    { name: 'remembers-you', score: 0.8, regex: /\b(?:remembers|remember|(?:loved|enjoyed|pleasure|joy|wonderful) (?:seeing|meeting|having|treating|to see|to meet|to have|to treat)|(?:love|enjoy) (?:seeing|meeting|having|treating)) (?:you|your (?:son|daughter|kids?|children|family|mom|dad|mother|father|husband|wife|grandma|grandpa|little one))\b/g },
    { name: 'third-was-seen', score: 0.85, regex: /\b(?:he|she|they|your (?:son|daughter|child|kid|mom|dad|mother|father|husband|wife|little one|baby|grandmother|grandfather)) (?:was|were|got) (?:literally |just |already |actually )?(?:seen|treated|examined|scheduled|in our chair|in the chair|here|x-?rayed|sedated)\b/g },
    { name: 'in-our-chair', score: 0.8, regex: /\b(?:was|were|is|are|'re|'s|sat|sitting|climbed|climbing|hopped) (?:literally |just |right |up )?(?:in|into) (?:our|my|the) (?:first |dental |exam |big |hygiene )?chairs?\b/g },
    { name: 'in-the-chair', score: 0.8, regex: /\bin the (?:first|dental|exam|hygiene) chair\b/g },
    // "the mom in our waiting room rn": one person at the practice
    { name: 'person-in-our-rooms', score: 0.7, regex: /\b(?:the|that|this) (?:[a-z]{2,15} )?(?:lady|guy|man|woman|kid|boy|girl|mom|dad|mother|father|family|gentleman|patient|toddler|teen|grandma|grandpa|couple) (?:in|at) (?:our|the) (?:waiting room|lobby|chair|dental chair|operatory|exam room|front desk)\b/g },
    { name: 'walked-in', score: 0.8, regex: /\b(?:you|he|she|they) (?:walked|limped|hobbled|rushed|came) in\b/g },
    { name: 'came-to-us-any', score: 0.8, regex: /\b(?:came|come|walked|was brought|were brought) (?:to us|in to see us)\b/g },
    { name: 'spotlight', score: 0.8, regex: /\bpatient (?:spotlight|of the (?:month|week)|story|stories|highlight|shout-?out|feature|milestone)\b/g },
    { name: 'see-you-on', score: 0.8, regex: /\bsee (?:you|you all|y'all|him|her|them|your (?:son|daughter|kids?|little one|family|mom|dad))(?: both| two| all| guys| again)? (?:on |this |next |again )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|next (?:week|month|time)|at your|for your|in (?:two|three|six|\d{1,2}) (?:weeks|months))\b/g },
    // "both boys were champs", "your girls did so well" (after both/your/the: see PRECEDED_BY)
    { name: 'kids-praised', score: 0.8, regex: /\b(?:girls|boys|kids|twins|kiddos) (?:were|was|did) (?:so |such |total |real |absolute |both )?(?:brave|great|amazing|awesome|champs|troopers|rock ?stars|angels|superstars|perfect|well|so well)\b/g },
    { name: 'kid-behaviour', score: 0.8, regex: /\b(?:your|ur) (?:son|daughter|kid|child|little one|baby|toddler)(?:'s)? (?:was |literally |just |actually )?(?:screamed|screaming|kicked|kicking|bit|biting|cried|crying|threw|refused|wouldn't|would not|was scared|was terrified|fell asleep|did great|did so well|was so brave)\b/g },
    { name: 'trusting-us', score: 0.8, regex: /\b(?:trusting|trusted|entrusting) us with (?:your|his|her|their)\b|\b(?:letting|allowing|let) us (?:care for|treat|look after|take care of) (?:you|your|him|her)\b/g },
    // "thanks for coming in", "thank you for bringing the kids in", "as we discussed on the phone",
    // "lovely to finally meet you in person last week": thanks and talk about a visit or a call
    { name: 'thanks-for-coming', score: 0.8, regex: /\b(?:thanks|thank you|thx|ty|grateful) (?:so much |again )?for (?:coming (?:in|by|back|to see us)|visiting (?:us|our office|the office|our practice)|stopping (?:in|by)|bringing (?!(?:this|that|it|up)\b)(?:[a-z]{1,12} ){1,3}(?:in|by|over)|choosing us for (?:your|his|her|their))\b/g },
    { name: 'as-discussed', score: 0.8, regex: /\bas (?:we|i|dr\.? [a-z]{2,20}|the doctor|our (?:office manager|manager|billing team|front desk)) (?:discussed|talked about|spoke about|mentioned|explained|went over|agreed|reviewed|said)(?: with you)? (?:on the phone|by phone|over the phone|in person|in the office|at (?:your|the) (?:visit|appointment|consult|exam|cleaning|checkup)|during (?:your|the) (?:visit|appointment|call|consult|exam)|when you (?:called|came|were|visited|stopped))\b|\bas (?:we|i) (?:discussed|talked about|agreed|went over) with you\b/g },
    { name: 'met-you-then', score: 0.8, regex: /\b(?:lovely|great|nice|so good|fun|good) (?:to (?:finally )?(?:meet|see)|(?:finally )?meeting|seeing) (?:you|your (?:son|daughter|kids?|family|mom|dad|husband|wife|little one|twins))(?: all)? (?:in person|(?:last|on|this past) (?:week|monday|tuesday|wednesday|thursday|friday|saturday|sunday|night)|yesterday|today|this morning|this afternoon|at (?:your|the) (?:visit|appointment|cleaning|checkup|exam))\b/g },
    // "you're all set for the 10:40 with Dr. Tanaka", "your son is booked for Tuesday"
    { name: 'all-set-for', score: 0.8, regex: /\b(?:set|booked|scheduled|confirmed|penciled in|pencilled in) (?:for|with|on) (?:the |your |his |her |their |a |an |next )?(?:\d{1,2}(?::\d{2})?|monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|week|appointment|appt|cleaning|checkup|check-up|exam|visit|consult|follow-up|dr\.?)\b/g },
    // "glad to have you back", "welcome your son back": the person was here before
    { name: 'have-you-back', score: 0.8, regex: /\b(?:have|having|see|seeing|welcome|welcoming|welcomed) (?:you|him|her|them|your (?:son|daughter|kids?|child|children|family|mom|dad|mother|father|husband|wife|little one)) back\b/g },
    // In a review reply, "next time", "one more chance": there was a first time
    { name: 'next-time', score: 0.6, regex: /\bnext time\b(?!,? (?:you|you're|you've|anyone|someone|there's|there is) )|\b(?:one more|another|a second) chance\b/g },
    { name: 'fit-you-in', score: 0.8, regex: /\b(?:stayed late for|squeezed|squeeze|fit|worked|work|got|get|slotted|slot|snuck|sneak) (?:you|him|her|your (?:son|daughter|kid|kids|child|mom|dad|husband|wife|little one)) (?:in\b|late)|\bstayed late for (?:you|him|her)\b/g },
    { name: 'the-one-who', score: 0.6, regex: /\b(?:the|that|this) (?:[a-z]{2,20} )?(?:lady|guy|man|woman|kid|boy|girl|kindergartener|preschooler|toddler|teen|senior|student|mom|dad|family|gentleman) (?:who|that) (?!(?:is|are|has|have|wants?|needs?|loves?|likes?) )[a-z]{3,15}\b/g },
    { name: 'showed-up', score: 0.8, regex: /\b(?:you|you'd|you had|he|she|they) (?:shown|showed|show) up (?:late|on time|for|without|\d{1,2} minutes)\b/g },
    { name: 'no-showed', score: 0.8, regex: /\b(?:who|you|he|she|they) (?:no-?showed|no-?show|skipped (?:your|his|her|their|the) (?:appointment|visit|cleaning))\b/g },
    { name: 'dont-come-back', score: 0.6, regex: /\b(?:don't|do not|never) (?:bother )?(?:com(?:e|ing) back|return(?:ing)? (?:to|here))\b/g },
    { name: 'slot', score: 0.8, regex: /\b\d{1,2}(?::\d{2})? ?(?:am|pm|a\.m\.|p\.m\.)(?: today| tomorrow)? (?:slot|appointment|appt|patient|crown|filling|cleaning|exam|extraction|consult|checkup|check-up|root canal|new patient|surgery)\b/g },
    // "the parent of our 2:30 patient today": a clock time with no am/pm, owned by the practice
    { name: 'clock-slot', score: 0.8, regex: /\b\d{1,2}:\d{2}(?: today| tomorrow| this morning| this afternoon)? (?:slot|appointment|appt|patient|kid|family|crown|filling|cleaning|exam|extraction|consult|checkup|check-up|root canal|new patient|surgery)\b/g },
    { name: 'dr-did', score: 0.8, regex: /\b(?:dr\.? [a-z]{2,20}|the doctor|the dentist|our hygienist|our doctor|our dentist) (?:pulled|extracted|filled|placed|removed|repaired|cleaned|numbed|sedated|x-?rayed|examined|treated|saw|referred)\b/g },
    // "we've tried calling to follow up", "haven't been able to reach you": the practice keeps
    // (not "we've tried to reach out", the compliant invitation to talk about the review)
    // trying to reach this person, so has them on file
    { name: 'tried-reaching', score: 0.8, regex: /\b(?:tried|trying|attempted) (?:calling|to call|reaching|to reach|texting|to text|emailing|to email|contacting|to contact)\b(?! (?:out|the|our|a|an|every|any|all|insurance|your (?:insurance|insurer|employer|pharmacy))\b)/g },
    { name: 'unable-to-reach', score: 0.8, regex: /\bable to (?:reach|contact|get hold of|get ahold of|get through to) (?:you|him|her)\b/g },
    // "the dr said its fine", "Dr. Lee told you your gums…": the doctor's verdict on this person
    // (not a permission for anyone: "Dr. Tanaka said it's fine to bring snacks")
    { name: 'dr-said', score: 0.7, regex: /\b(?:dr\.? [a-z]{2,20}|dr|doc|doctor|dentist|hygienist) (?:said|told you|already said|already told you) (?:it's|its|it was|it is|you're|you are|you were|your|his|her|he was|she was|they were|there was nothing|nothing was)\b(?! [a-z]{2,12} (?:to|for (?:everyone|anyone|all|kids|families))\b)/g },
    // "we have your email as …", "the address on file": contact details kept for a patient
    { name: 'on-file', score: 0.8, regex: /\b(?:on file|as your (?:home |cell |work |mobile |main )?(?:number|phone|cell|email|address)|we (?:have|had|got) your (?:[a-z]{2,12} )?(?:number|phone|cell|email|address|info|information) (?:as|listed))\b/g },
    // "we did NOT refuse to see her", "turned him away"
    { name: 'refused-to-see', score: 0.8, regex: /\b(?:refuse|refused|refusing|decline|declined|turn(?:ed)? away|unable) (?:to )?(?:see|treat|seeing|treating) (?:you|him|her|them|your (?:son|daughter|kid|child|kiddo|mom|dad|mother|father))\b/g },
    // "the patient ahead of you": the person was in the queue
    { name: 'ahead-of-you', score: 0.8, regex: /\b(?:patients?|person|family|kid|child) (?:ahead of|before|after) (?:you|him|her|your (?:son|daughter|kid|child))\b/g },
    // "who's been coming to us since 1988", "been a patient since"
    { name: 'coming-since', score: 0.85, regex: /\b(?:been|keeps?|kept|started|still) coming (?:to us|here|in|to see us|to our office|back)\b|\bbeen (?:a |our )(?:patient|regular) (?:since|for)\b|\b(?:been|was|were) with us (?:since|for)\b/g },
    // "couldn't make it on time", "never made it to the appointment"
    { name: 'made-it', score: 0.8, regex: /\b(?:couldn't|could not|didn't|did not|never|can't) (?:make|made) it (?:on time|in|to (?:your|the|his|her) (?:appointment|visit|cleaning))\b/g },
    // "one of our patients", "our patient and friend Hal": a particular person confirmed
    // "our oldest cavity-free patient", "our youngest patient ever": a superlative singles out one
    // "our Thursday regular brought donuts": one regular singled out by the day they come
    { name: 'day-regular', score: 0.8, regex: /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|afternoon|evening|early morning) regular\b(?!s)/g },
    { name: 'superlative-patient', score: 0.8, regex: /\b(?:oldest|youngest|newest|longest[- ]standing|longest[- ]running|bravest|tiniest|littlest|smallest|tallest|sweetest|most loyal)(?: [a-z][a-z-]{1,20})? patient\b(?!s)/g },
    { name: 'one-of-our-patients', score: 0.8, regex: /\b(?:one of our (?:longtime |long-time |sweetest |favorite |favourite )?patients|our (?:longtime |long-time |favorite |favourite |dear )?patient and friend)\b/g },
    { name: 'you-got-care', score: 0.85, regex: /\byou (?:got|received|had|have had|'ve had|were given|paid for|didn't get|did not get|never got|didn't pay for|never paid for) (?:a |an |the |your |two |three |\d{1,2} )?(?:free |new |full |deep |quick |first |second |last |same-day )?(?:cleaning|exam|filling|crown|x-?ray|checkup|check-up|extraction|root canal|implant|braces|whitening|consult|consultation|evaluation|treatment|procedure|surgery|shot|vaccine|test|scan|sealants|fluoride)s?\b/g },
  ],
};

// Phrases that confirm care only when said to someone (in a post, "Dr. Lee placed 300 implants
// this year" or "don't come back without a mask" speak of everyone).
// Phrases about the reviewer only: in a comment "next time you're in, ask about…" is advice.
const REVIEW_REPLY_ONLY = new Set(['next-time', 'other-dentist']);
const ADDRESSEE_ONLY = new Set(['have-you-back', 'timed-wait', 'not-welcome', 'dr-did', 'dont-come-back', 'like-yours', 'remembers-you', 'kid-behaviour', 'trusting-us', 'never-heard-of', 'anyone-we-saw', 'effort-for-you', 'never-been-to', 'says-hi-to-kids', 'wait-that-day', 'dr-said', 'tried-reaching', 'unable-to-reach', 'thanks-for-coming', 'as-discussed', 'met-you-then', 'kids-praised']);
// Phrases that need one identifiable person in their sentence ("Mrs. Patel came to us", not
// "hundreds of families came to us this year"; a post's "see you Saturday at the flu clinic"
// speaks to everyone).
const NEEDS_OWNER = new Set(['person-in-our-rooms', 'on-file', 'ahead-of-you', 'no-showed', 'came-to-us-any', 'in-the-chair', 'in-our-chair', 'walked-in', 'the-one-who', 'see-you-on']);

// Patterns that start at their rarer word, for speed (a pattern that starts with "the" or "your"
// is tried at every "the"): the words that must stand before the match are checked here.
const PRECEDED_BY: Readonly<Record<string, RegExp>> = {
  // "a dentist you've never been to", "you've never set foot in our office" (not "if you've never
  // been to a dentist"): "you" before it, and the practice named before "you" or after the verb
  'never-been-to': /\b(?:(?:dentist|office|practice|clinic|place|doctor|us|here) (?:that |which |who )?)?you(?:'ve| have|'d| had)? $/,
  'other-dentist': /\b(?:your|the) $/,
  'visit-never-happened': /\b(?:this|that|the|your) $/,
  'tried-reaching': /\b(?:we(?:'ve| have)?|our (?:office|team|front desk|staff|billing team)(?: has)?)(?: been| kept| also| already)? $/,
  'unable-to-reach': /\b(?:haven't|have not|hasn't|has not|couldn't|could not|weren't|were not|wasn't|was not)(?: been)? $/,
  'wait-that-day': /\b(?:the|your|that|his|her) $/,
  'clock-slot': /\b(?:our|the|my|your) $/,
  'superlative-patient': /\bour (?:very )?$/,
  'day-regular': /\b(?:our|the|my) $/,
  // (not "the kids were great today": a class the team visited)
  'kids-praised': /\b(?:both (?:of )?(?:your )?|(?:your|ur) )$/,
  'all-set-for': /\b(?:you're|you are|youre|he's|she's|they're|(?:son|daughter|kids?|child|mom|dad|husband|wife|little one) (?:is|are))(?: all)? $/,
};
// ("the dr said", "our dentist said": covered when there, not required)
const THE_OR_OUR = /\b(?:the|our|my) $/;
const AT_EVENTS_NOT = new Set(['thanks-for-coming', 'met-you-then', 'kid-behaviour', 'kids-praised', 'all-set-for']);
const CONDITIONAL_BEFORE = /\b(?:if|unless|whether)\s$/;

export const findRelationshipPhrases = memoByDoc((doc: Doc): PatternHit[] =>
  runPatternDetector(doc, RELATIONSHIP_PATTERNS).filter((h) => {
    if (doc.context === 'post' && ADDRESSEE_ONLY.has(h.name)) return false;
    if (doc.context !== 'review-reply' && REVIEW_REPLY_ONLY.has(h.name)) return false;
    // "If you came in during the storm, we apologize": a condition confirms nothing.
    if (CONDITIONAL_BEFORE.test(doc.lower.slice(Math.max(0, h.start - 8), h.start))) return false;
    const before = PRECEDED_BY[h.name];
    if (before && !before.test(doc.lower.slice(Math.max(0, h.start - 24), h.start))) return false;
    if (h.name === 'never-been-to' && !neverBeenToUs(doc, h)) return false;
    // "Every single one of our patients leaves pain-free": all of them, no one in particular.
    if (h.name === 'one-of-our-patients' && /\b(?:every|each|any)\b/.test(doc.lower.slice(Math.max(0, h.start - 14), h.start))) return false;
    if (NEEDS_OWNER.has(h.name) && doc.context === 'post' && !sentenceOwnerOf(doc, sentenceAt(doc, h.start))) return false;
    // "thanks for coming by our booth", "great to see you at the fair today": an event, not a visit.
    if (AT_EVENTS_NOT.has(h.name) && eventSentences(doc).has(sentenceAt(doc, h.start))) return false;
    // "the gentleman who parked across three spaces": someone singled out, but not at the practice.
    if (h.name === 'the-one-who' && !careSettingSentences(doc).has(sentenceAt(doc, h.start))) return false;
    return true;
  }).map((h) => withWordsBefore(doc, h)),
);

/** "a dentist you've never been to" names the practice before "you", "never visited our office"
 *  after the verb; "if you've never been to a dentist" is a condition about any dentist. */
function neverBeenToUs(doc: Doc, h: PatternHit): boolean {
  const before = doc.lower.slice(Math.max(0, h.start - 40), h.start);
  if (/\b(?:if|unless|whether) you(?:'ve| have|'d| had)? $/.test(before)) return false;
  return /\b(?:dentist|office|practice|clinic|place|doctor|us|here) (?:that |which |who )?you(?:'ve| have|'d| had)? $/.test(before) ||
    /(?:office|practice|clinic|\bus|\bour|\bthis)$/.test(h.text);
}

/** The finding covers the words checked before the match too ("the other dentist", "our 2:30 patient"). */
function withWordsBefore(doc: Doc, h: PatternHit): PatternHit {
  const before = PRECEDED_BY[h.name] ?? (h.name === 'dr-said' ? THE_OR_OUR : undefined);
  if (!before) return h;
  const from = Math.max(0, h.start - 24);
  const m = before.exec(doc.lower.slice(from, h.start));
  if (!m) return h;
  const start = from + m.index;
  return { ...h, start, text: doc.lower.slice(start, h.end) };
}


/** Billing phrases about someone: collections, declined cards, denied claims, balances owed. */
export const BILLING_PATTERNS: PatternDetector = {
  lower: true,
  combined: true,
  minScore: 0,
  patterns: [
    { name: 'collections', score: 0.9, regex: /\b(?:sent|sending|send|went|gone|go|turned over|referred|forwarded|placed)(?: (?:the|your|his|her|their) (?:account|balance|bill))? (?:to|into|in|with) (?:a |an |the )?(?:[a-z]{2,20} )?collections?\b/g },
    { name: 'collections-agency', score: 0.9, regex: /\bcollections? (?:agency|company|account)\b/g },
    { name: 'declined', score: 0.9, regex: /\b(?:claim|card|payment|check|cheque|hsa card|fsa card|transaction|autopay|charge) (?:was |got |has been |had been |were )?(?:declined|bounced|rejected|reversed|returned|disputed)\b/g },
    { name: 'claim-status', score: 0.8, regex: /\b(?:financing|preauth|pre-auth|predetermination|application|claim|insurance|coverage|authorization|pre-?authorization|benefits|eob|plan) (?:through [a-z]{2,15} )?(?:was |got |has been |had been |is |were |came back )?(?:approved|denied|rejected|reprocessed|resubmitted|declined|terminated|cancelled|canceled|lapsed|inactive|maxed out)\b/g },
    { name: 'balance', score: 0.8, regex: /\b(?:balance|amount due|bill|copay|co-pay|deductible|invoice)s? (?:is|was|of|now|due|remaining|outstanding|came to|comes to|totaled|totals)\b[^.!?\n]{0,20}\$\s?\d[\d,]{0,9}(?:\.\d\d)?/g },
    { name: 'owes', score: 0.9, regex: /\b(?:owes?|owed|owing|still owe|unpaid|past due|overdue)\b[^.!?\n]{0,20}\$\s?\d[\d,]{0,9}(?:\.\d\d)?/g },
    { name: 'owes-for', score: 0.8, regex: /\b(?:still |you )owe(?:s|d)? (?:us |for |on |the |a )/g },
    { name: 'discount', score: 0.7, regex: /\b(?:applied|gave|giving|took|taken|got) (?:you |him |her |them )?(?:a |an |our |the |your )?(?:\d{1,2} ?% |\d{1,2} percent )?(?:[a-z]{2,12} )?discount\b/g },
    { name: 'free-redo', score: 0.7, regex: /\b(?:reschedule|rebook|redo|replace|fix|remake|reline|recement)\w{0,3} (?:it |you |that |them |him |her )?(?:for )?free\b/g },
    { name: 'no-fee', score: 0.8, regex: /\bno (?:fees?|charge|cost|copay|co-pay)\b|\bon the house\b|\b(?:won't|will not|wouldn't|would not|isn't|is not|wasn't|was not) (?:be )?(?:a |any )?(?:fee|charge|cost|copay|co-pay|bill)\b/g },
    { name: 'no-charge', score: 0.6, regex: /\b(?:at no (?:charge|cost)|free of charge|waived (?:the|your)|wrote off|written off|write off|refunded (?:you|your))\b/g },
    { name: 'amount', score: 0.8, regex: /\$\s?\d{1,6}(?:[.,]\d{2,3})? (?:copay|co-pay|deductible|balance|bill|fee|deposit|charge|overpayment|refund|payment|invoice|lab fee|sedation fee)\b/g },
    // "a credit of $40 on file" (not "store credit of $5 for every toothbrush")
    { name: 'credit-amount', score: 0.8, regex: /\b(?<!store |gift )(?:credit|refund|overpayment|deposit)s? (?:is|was|of|now|remaining|came to|comes to|totaled|totals)\b[^.!?\n]{0,20}\$\s?\d[\d,]{0,9}(?:\.\d\d)?(?! (?:for|per|with) (?:every|each|any|all))/g },
    // "we didn't charge you for the emergency visit", "CareCredit approved you for the full amount"
    { name: 'charge-you', score: 0.8, regex: /\b(?:charge|charged|charging|bill|billed|billing|refund|refunded|credit|credited|invoice|invoiced|reimburse|reimbursed) (?:you|him|her|them|your (?:son|daughter|kids?|child|mom|dad|husband|wife))\b|\b(?:approved|denied|declined|rejected) (?:you|him|her|them) for\b/g },
    { name: 'charged', score: 0.8, regex: /\b(?:was|were|got|been) (?:charged|billed|refunded|credited|reimbursed)\b/g },
    // "is billed", "will be refunded": a policy ("deposits are refunded within 5 days") unless
    // the sentence is about someone
    { name: 'charged-present', score: 0.8, regex: /\b(?:be|is|are) (?:charged|billed|refunded|credited|reimbursed)\b/g },
    { name: 'refunded-amount', score: 0.8, regex: /\b(?:refunded|credited|reimbursed|charged) (?:the |your |you )?\$\s?\d/g },
    { name: 'got-the-bill', score: 0.8, regex: /\byou (?:got|received|paid|saw|opened|ignored) (?:the|your|a|our|that) (?:bill|invoice|statement|estimate|balance)\b/g },
    // "we did submit the claim to MetLife twice", "we refiled your claim": someone's claim handled
    // (told as done: "we'd be glad to file the claim" is an offer)
    { name: 'claim-filed', score: 0.8, regex: /\b(?:submitted|filed|sent|resubmitted|refiled|re-?sent|appealed|faxed|mailed|did (?:submit|file|send|resubmit|refile|appeal|fax|mail)) (?:the|your|his|her|their|that|this) (?:insurance |dental |original )?(?:claim|claims|appeal|pre-?auth|pre-?authorization|predetermination|pre-?determination)\b(?! forms?\b)/g },
    // "we set her up on a payment plan", "put you on a payment plan"
    { name: 'set-up-plan', score: 0.8, regex: /\b(?:set|put|got|signed|enrolled|moved) (?:you|him|her|them|your (?:son|daughter|mom|dad|mother|father|husband|wife|family)) (?:up )?(?:on|onto|with|for|in) (?:a |an |the )?(?:[a-z]{2,12} )?(?:payment plan|financing|installment plan|carecredit|care credit|sliding scale)\b/g },
    { name: 'payment-plan', score: 0.7, regex: /\b(?:your|his|her) (?:payment plan|account balance|outstanding balance|past due balance|unpaid balance)\b/g },
  ],
};

const OWNER_BILLING = new Set(['no-fee', 'free-redo', 'discount', 'charged-present', 'charge-you']);
// "If you were charged twice, call us": a condition tells nothing of anyone's bill.
const CONDITIONAL_SUBJECT_BEFORE = /\b(?:if|unless|whether|in case) (?:you|you've|you're|he|she|they|anyone|someone|your [a-z]{2,12})(?: ever| were| have| had)? $/;
// "no fee" to everyone ("reschedule with us anytime, no fee") is a policy, not a waiver: it
// needs one person in its sentence.
export const findBillingPhrases = memoByDoc((doc: Doc): PatternHit[] =>
  runPatternDetector(doc, BILLING_PATTERNS).filter(
    (h) =>
      (!OWNER_BILLING.has(h.name) || !!sentenceOwnerOf(doc, sentenceAt(doc, h.start))) &&
      !CONDITIONAL_SUBJECT_BEFORE.test(doc.lower.slice(Math.max(0, h.start - 24), h.start)),
  ),
);
