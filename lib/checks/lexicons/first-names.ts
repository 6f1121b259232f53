// Given names, lower-case. Source: the most frequent given names in the US Social Security
// Administration's baby-name tables (1940–2020) and the US Census 1990 first-name frequency
// lists, both US-government works in the public domain, selected and written out by hand, plus
// common Hispanic, South and East Asian, African, Arabic and Slavic given names seen in US
// practices. Licence of this list: public domain (CC0).
//
// Names that are also everyday English words ("will", "grace", "mark") are in
// AMBIGUOUS_FIRST_NAMES: they count as a name only when written with a capital and backed by a
// surname, title or context word.

const NAMES = `
aaliyah aaron abby abdul abdullah abel abigail abraham ada adam adan addison adela adelaide adeline adrian adriana adrianna adrienne agnes ahmad ahmed aidan aiden aileen aisha ajay akira alan alana alani albert alberto alejandra alejandro alex alexa alexander alexandra alexandria alexis alfonso alfred alfredo ali alice alicia alina alisha alison alissa alivia aliyah allan allen allison alma alonso alonzo alvaro alvin alyssa amanda amani amara amari amaya amelia amina amir amira amit amos amy ana anahi anaya anders andre andrea andres andrew andy angela angelica angelina angelo angie anika anita ann anna annabelle anne annette annie anthony antoine antonio anya arabella archer ari ariana arianna ariel arjun arlene armando arnav arnold arthur arturo arya asha asher ashley ashton aspen astrid athena aubrey audra audrey august augustine aurora austin ava avery axel ayaan ayden ayesha ayla
bailey barbara barry beatrice beatriz becky belinda bella ben benedict benjamin bennett bernadette bernard bernice bertha beth bethany betsy betty beverly bianca blake blanca bonnie boris brad bradley brady brandi brandon brandy brayden brenda brendan brent brett brian briana brianna bridget brittany brittney brody brooke bruce bruno bryan bryce bryson byron
caden caitlin caleb callie calvin camden cameron camila camille candace cara carl carla carlos carly carmen carolina caroline carolyn carrie carson carter casey cassandra cassidy catalina catherine cathy cecilia cedric celeste celia cesar chad chandler charlene charles charlie charlotte chelsea cheryl chester chloe chris christian christina christine christopher christy cindy claire clara clarence clarissa claudia clayton clifford clint clinton clyde cody colby cole colin colleen collin connor conrad constance cooper cora corey cornelius courtney craig cristian cristina crystal curtis cynthia
daisy dakota dale dalia dallas damian damon dana dane daniel daniela danielle danny dante daphne darius darla darlene darnell darren darryl daryl dave david dawson dean deanna debbie deborah debra declan deepak deirdre delaney delia della delores demetrius denise dennis derek derrick desiree devin devon dexter diana diane dianne diego dimitra dimitri dina dolores dominic dominique donald donna donovan dora doreen doris dorothy douglas duane dustin dwayne dwight dylan
earl easton eddie edgar edith edmund eduardo edward edwin eileen elaine eleanor elena eli elias elijah elise elisa eliza elizabeth ella ellen ellie elliot elliott eloise elsa elsie elvira emanuel emerson emilia emiliano emily emma emmanuel emmett enrique eric erica erik erika erin ernest ernesto esmeralda esperanza esteban estela estelle esther ethan eugene eva evan evangeline evelyn everett ezekiel ezra
fabian farah fatima federico felicia felipe felix fergus fernanda fernando finn fiona florence francesca francesco francis francisco franklin freddie frederick fredrick freya
gabriel gabriela gabriella gabrielle gael garrett gary gavin gemma genesis geneva genevieve geoffrey george georgia gerald geraldine gerardo gertrude gianna gideon gilbert gina giovanni giselle gladys glenda gloria gordon grady graham grant greg gregory greta gretchen griffin guadalupe guillermo gustavo gwen gwendolyn
hailey haley hamza hana hank hannah harold harper harrison harry harvey hassan hayden heather hector heidi helen helena henry herbert herman hilda hillary hiroshi hollis homer horace howard hugh hugo hussein
ian ibrahim ignacio imani imran ines ingrid irene irma isaac isabel isabella isabelle isaiah isla ismael israel ivan
jace jackson jacob jacqueline jada jaden jaime jake jamal james jamie jane janet janice janine jared jasmine jason javier jaxon jay jayden jayla jean jeanette jeanne jeff jeffery jeffrey jenna jennifer jenny jeremiah jeremy jerome jerry jesse jessica jessie jesus jill jillian jimena jimmy joan joanna joanne joaquin jocelyn jodi joe joel johanna john johnny jonah jonathan jordan jorge jose josefina joseph josephine josh joshua josiah joyce juan juana juanita judith judy julia julian juliana julie juliet juliette julio justin justine
kai kaitlyn kamala karen kari karim karina karl karla kate katelyn katherine kathleen kathryn kathy katie katrina kayla kaylee keith kelly kelsey kendra kennedy kenneth kenny kevin khalid kiara kimberly kirsten kristen kristin kristina kristy kumar kurt kyle kylie
lamar lana lance landon lara larry latisha latoya laura lauren laurie layla leah leila lena leo leon leonard leonardo leslie leticia lillian lincoln linda lindsay lindsey lionel lisa liam logan lois lola lorena lorenzo loretta lori lorraine louis louise lucas lucia luciana lucy luis luke luna lydia lynn
mackenzie madeline madison maggie magdalena makayla malcolm malik mandy manuel mara marcella marcia marco marcos marcus margaret margarita maria mariah mariana marianne marie marilyn marina mario marion marisa marissa marjorie marlene marlon marsha marshall martha martin marvin mary maryam mateo mathew matilda matthew maura maureen maurice mavis maya megan melanie melinda melissa mercedes meredith mia micah michael michaela michele michelle miguel mikayla mike mila mildred milo minnie miranda miriam mitchell mohamed mohammad mohammed molly monica monique morgan moses muhammad muriel myles myra myrtle
nadia nancy naomi natalia natalie natasha nathan nathaniel neil nelson nia nicholas nicole nigel nikhil nina noah noel nolan nora norma norman
octavia olga oliver olivia omar oscar otis otto owen
pablo paisley pamela paola patrice patricia patrick paul paula pauline pedro peggy penelope percy peter peyton philip phillip phoebe phyllis pierre pooja preston priscilla priya
quentin quincy quinn
rachel rafael rahul raj rajesh ralph ramon ramona randall randy raquel raul rebecca regina reginald renee ricardo riley rita roberto robert roberta rocio roderick rodney rodrigo roger roland rolando ronald ronnie rosa rosalind rosario roxanne ruben rudy russell ruth ryan
sabrina sadie salvador samantha samuel sandra santiago sara sarah sasha saul savannah scarlett scott sean sebastian selena serena sergio seth shannon sharon shawn sheila shelby shelley sherry shirley sierra silas simon simone sofia sonia sonya sophia sophie spencer stacy stanley stefan stella stephanie stephen steve steven stuart sunita susan suzanne sylvia
tabitha tamara tameka tammy tanya tara tatiana taylor teresa terrance terrell terri thaddeus thelma theo theodore theresa thomas tiffany timothy tina tobias todd tommy toni tonya travis trevor tricia trinity tristan troy tyler tyrone
ulysses uma
valentina valeria valerie vanessa vera veronica vicente victor victoria vikram vincent virginia vivian
wallace walter wanda warren wayne wendy wesley whitney wilhelmina willa william willie wilma winston
xavier ximena
yasmin yolanda yusuf yvette yvonne
zachary zainab zane zara zoe zoey
adebayo amaka chidi chiamaka chinedu emeka ifeoma kwame kofi nkechi naledi thandiwe tendai oluwaseun yaw ngozi
jiho jae minjun seojun jiwoo seoyeon hyun mei wei xin ling hiro haruto yuki yui sakura kenji takeshi aiko
anh bao duc hoa huong linh minh nguyet phuong quang thanh trang tuan
aarav aditya akash ananya anjali arun deepa divya gaurav ishaan kavya krishna lakshmi meera neha nisha pradeep prakash ravi rohan sanjay shreya suresh vijay
fatemeh farid hadi layan leyla mahmoud mariam mustafa nasser rania reza samir tariq yasmine youssef zaid
abe abram ada adalyn adele adriel agatha agustin aida ailani aimee ainsley alaina alanna alayna albertina alden aldo aleah alec aleena alejo alessandra alessandro alessia alfie alijah alisa alistair allie alondra altagracia alvina amalia amani amelie amiyah anabel anais anastasio andrei andrej andrzej anela aneesa angus anibal ankit annalise annika ansel antonella antonia anushka apolonia araceli arden ariadna arielle arlo armand arnulfo arnaldo aron arturo asa ashanti ashwin atticus aubree audrina augusto aurelia aurelio avani aviva ayana ayanna ayumi azalea
babajide babak bao barnaby bartholomew beatrix belen benicio benito bernadine bettina bharat bianka bilal birgit bjorn blaine bodhi bogdan bonita bradford brayan brenna briar bridgette brielle brigitte brisa bronwyn bryony bushra
caitlyn calista callum camilo candice carina carlotta carmela carmelo carmine cassius catarina cecil cedrik celine chaim chana chanel chaya chayton chen chiara chinonso chioma chloé chuy cian ciara cillian clarisse claudette claudio clementine cleo clifton colette conor consuelo corinne cosimo cristobal cyrus
dagny dahlia daiki dalton damaris damien daniella dario darnell dashiell davi davina dawit deandre deja delfina delphine demi denis denzel desmond devika dhruv dilan dinah dinesh dionne dmitry domenico donatella dorian dorota dwayne
eamon ebony edgardo efrain efua eitan elan elba eldon eleni elif eliana elianna elin eliseo elodie eloisa elora elvis emeka emeric emilio emre enid enzo ephraim eren ernestine esme esmé estefania estrella ethel etta eudora eunice evelina ewa ezequiel
fabiola faisal faith fanny farhan farrah fausto fay felicity feliciano fenna fernande filip filomena finley fiora flavio florencia florian folasade fraser freddy frida fumiko funmi
gabino gaia galina gareth gaspar gaurav gemma genaro gennaro geraldo gerardo gerhard gianluca gideon gilberto ginevra giorgio giulia giuliana giuseppe gizelle goran graciela gunnar gustav gwyneth
habib hadiza hakeem halima hamid hanna hannelore harlan harriet hassan haruki hattie hawa hazel hedda heike helga heloise henrietta henrik hilario hiroko hoang hollie hosea hubert humberto hye
idris ifeanyi ignatius ilana ilse ilya imelda inaya indira inez ingeborg irina irving isadora isidro isobel itzel ivana ivette iyla izabella
jaelyn jafar jakub jalen jamila janelle janek jannat jaqueline jarrett jarvis javon jaylen jazmin jelena jemima jenaro jeong jerald jeronimo jesper jessamyn jin jiya joaquín joelle johan jolene jonas jonathon jorah josue jovan jude judah jurgen
kacper kaia kaleb kalani kalea kaliyah kamal kamil kana kanoa kaori kareem karin karolina kasey kasia katarina katrin kaveh kawika kayden keanu keala keira kelechi kemal kenji keoni kerry keshawn kiana kieran kimi kinsley kira kirra kobe koa kolby konstantin krzysztof kunal kwabena kylan
lachlan laila lailani lakshmi laszlo latanya lavinia lazaro leandro leanne leilani leland lenore leocadia leonie leopold letitia levi liesel liliana lina lindiwe lino lisette lizbeth lorelei lorna lorraine lottie lourdes luana lucas lucian luciano lucinda ludmila luka lukas lupita lyla
maciej madelyn mae maeve magnus mahalia mahmood maile maja makana makena malachi malia malika manon manuela marcel marcelo marek margarida margaux margo margot mariela mariko marisol marit marius marla marlowe marta marvin masako masha mateus matias matteo mattias maxim maximilian maximo mckenna mehmet mehdi meiling melina melvin micaela michiko miguelito mikael mikaela milena milos mina minerva mira mireille mirela misaki mitra moana mohan moises montserrat mordecai moshe mykola myrna
nadine nahla nalani nanami naoko naomi nasir natalya nayeli nell nellie nestor niamh nicolas nicolás niklas nils nino nirmala noa noelani noemi nomvula noor norah nuno nyla
obinna octavio odette ofelia oisin olamide oleg olumide omari ondine orlando orly osvaldo oswaldo ottilie
paloma paolo parisa pascal patrik paulina pavel pedro perla petra philippa pia pilar piotr porfirio prisca priyanka
qasim quinton
rafaela raheem rahim raina ramiro rashid raymundo reba reinaldo reuben rhea rhiannon rhonda rian ricky rina rishi roisin romeo rosalie rosalyn roshni rowena roxana rufus rupert ryo
sabine sade sahil saira salma salome samira sanaa sandeep santino saoirse sarai sasha saskia sebastián seamus selim serafina sergey shanice shaquille shira shlomo shoshana siddharth sigrid silvia simran siobhan siddh sione sixto solange solomon soraya stanislaw stavros stellan sunil susana suzette sven
tadeo taini takumi talia tamar tamika tanvi tariq tatum teodora teodoro terrence thea thiago tiago tiana timo tobiah toby tomas tomás tomasz tomoko toshiro trinh tsering tupac
ulrich umar ursula usha
valentin valentino vanya vasquez vesna vidal viktor vilma violeta virgil vito viviana vivienne
waleed wanjiru wendell wen wilfredo wilhelm wiremu wojciech 
xiadani xiomara xochitl
yadira yael yaretzi yasmeen yehuda yesenia yoav yolanda yosef yossi youssef yuna yuri yusra
zahra zaria zeke zelda zeynep zhen zion zoltan zora zuri
walt hal ted ned fred bert ernie vic chuck deb barb liz meg viv pam jackie jess tess bea flo kiki rowan maxine
abby addie alfie archie benny bobbie cathie chrissy danni davey dottie eddy effie fran frankie gabe gabby gerry ginny greg hattie izzy jimbo jojo jon kat katy kathie kenzie lexi libby lizzie lottie lulu maddie manny marty mattie mitch moe nate nicky nico ollie pete phil randi reggie rick ricky ron ronny rosie sally sammy sandi shawna stevie suzy tate teddy tim timmy toni tony trish trudy vince wally willy zack zeke
gus lou sal cal jen jenn
aleksandr anastasia dmitri katya mikhail nikolai oksana olena sergei svetlana tatyana vladimir yelena
`;

// Everyday words that are also given names: a name only with stronger evidence.
export const AMBIGUOUS_FIRST_NAMES: ReadonlySet<string> = new Set(
  `will may june april august grace hope faith joy rose mark bill pat sue art summer dawn amber ruby max carol frank rich
  jack page chase hunter mason miles gene guy ray drew lane dean dale glen wade rob don bob penny holly ivy iris lily daisy
  violet olive pearl crystal destiny harmony heaven melody star sky river brook autumn winter sunny honey angel king prince
  major jewel sage ginger candy misty sandy rusty buddy hazel lee young long rich gray grey brown white black green joe
  kay ken bud nick sam tom al ed rod cliff bishop christian august jordan jean cole grant mercedes marshall chandler
  carter cooper harper taylor baker hope hunter paris phoenix dallas austin georgia virginia carolina florence lincoln
  trinity genesis kennedy jade luna nova ace
  mercy blessing charity basil heath venus wren flora laurel milan kit aria liv
  peg dot mo jun li jo`.split(/\s+/).filter(Boolean),
);

export const FIRST_NAMES: ReadonlySet<string> = new Set([
  ...NAMES.split(/\s+/).filter(Boolean),
  ...AMBIGUOUS_FIRST_NAMES,
]);
