// Frequent English words (function words, greetings, calendar words, common nouns and verbs
// that start sentences). A capitalised word from this list is not taken for a name: "Thanks,
// Team!" names no one. Source: written out by hand from general English word-frequency
// knowledge (no copied list). Licence: CC0.

export const COMMON_WORDS: ReadonlySet<string> = new Set(
  `a about above after again against all almost also always am among an and another any anyone anything are around as
  at away back be because been before being below best better between both but by can cannot could did do does doing done
  down during each either else enough even ever every everyone everybody everything few first for from further get gets
  getting give go going gone good got great had has have having he her here hers herself him himself his how however i if
  in into is it its itself just keep last least less let like little lot lots made make many maybe me more most much must
  my myself need never new next no none nor not nothing now of off often oh ok okay on once one only or other others our
  ours ourselves out over own please quite rather really right same see seen she should since so some someone something
  soon still such sure than thank thanks that the their theirs them themselves then there these they this those though
  through thru to today together tomorrow tonight too toward under until up upon us very was we well were what whatever
  when where whether which while who whom whose why will with within without would yes yet you your yours yourself
  yourselves yesterday
  hi hello hey dear greetings welcome congrats congratulations happy merry sorry reminder update note notice attention
  psa fyi faq tip tips important alert news breaking announcement closed open hours monday tuesday wednesday thursday
  friday saturday sunday mon tue tues wed weds thu thur thurs fri sat sun january february march april may june july
  august september october november december jan feb mar apr jun jul aug sep sept oct nov dec spring summer fall autumn
  winter christmas thanksgiving easter halloween holiday holidays memorial labor independence veterans
  team staff everyone friends folks family families all patients parents kids children guys ladies gentlemen neighbors
  community office clinic practice center hospital pharmacy dental dentistry medical health care family pediatrics
  pediatric dermatology orthodontics orthodontic vision eye physical therapy wellness urgent front desk billing insurance
  doctor doctors dr nurse nurses hygienist hygienists provider providers assistant manager receptionist
  yelp google facebook instagram twitter tiktok youtube website online phone email call text message dm inbox
  national world american covid flu cold heat sun water food safety free book schedule appointment appointments visit
  visits check checkup exam cleaning cleanings shot shots vaccine vaccines
  great awesome amazing wonderful fantastic excellent nice lovely beautiful glad proud grateful blessed excited
  join come stop start wait look find ask try bring call let help read learn save share remember enjoy stay
  north south east west street road avenue lane drive suite downtown city county state park lake river valley mountain
  new old big small first second third last next per via re our your their his her its day week month year
  public library museum university college church foundation society association academy institute mission bank hall
  school center centre company group market cafe bakery club league county city middle elementary high hs ave
  blvd rd st ln ct pkwy hwy
  ha haha hahaha lol omg wow yikes hmm hmmm ugh aww awww oops yay whoa ooh sir maam ma'am honestly seriously actually
  listen mahalo gracias thx btw imo wait okay ps
  mate mates bro dude hun pal sweetie friend champ chief boss bestie luv mister babe fella lad lads guys`.split(/\s+/).filter(Boolean),
);
