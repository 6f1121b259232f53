// Family names, lower-case. Source: the most frequent surnames of the US Census Bureau's 2010
// surname table (a US-government work, public domain), selected and written out by hand, with
// common Hispanic, Asian, African, Arabic and European family names added. Licence of this
// list: public domain (CC0). A surname lets a lower-case name count ("ramona villalobos").

const SOURCE = `
smith johnson williams brown jones garcia miller davis rodriguez martinez hernandez lopez gonzalez gonzales wilson anderson
thomas taylor moore jackson martin lee perez thompson white harris sanchez clark ramirez lewis robinson walker young allen
king wright scott torres nguyen hill flores green adams nelson baker hall rivera campbell mitchell carter roberts gomez
phillips evans turner diaz parker cruz edwards collins reyes stewart morris morales murphy cook rogers gutierrez ortiz
morgan cooper peterson bailey reed kelly howard ramos kim cox ward richardson watson brooks chavez wood james bennett gray
mendoza ruiz hughes price alvarez castillo sanders patel myers long ross foster jimenez powell jenkins perry russell
sullivan bell coleman butler henderson barnes fisher vasquez simmons romero jordan patterson alexander hamilton graham
reynolds griffin wallace moreno west cole hayes bryant herrera gibson ellis tran medina aguilar stevens murray ford castro
marshall owens harrison fernandez mcdonald woods washington kennedy wells vargas henry chen freeman webb tucker guzman
burns crawford olson simpson porter hunter gordon mendez silva shaw snyder mason dixon munoz hunt hicks holmes palmer
wagner black robertson boyd rose stone salazar fox warren mills meyer rice schmidt garza daniels ferguson nichols stephens
soto weaver ryan gardner payne grant dunn kelley spencer hawkins arnold pierce vazquez hansen peters santos hart bradley
knight elliott cunningham duncan armstrong hudson carroll lane riley andrews alvarado ray delgado berry perkins hoffman
johnston matthews pena richards contreras willis carpenter lawrence sandoval guerrero george chapman rios estrada ortega
watkins greene nunez wheeler valdez harper burke larson santiago maldonado morrison franklin carlson austin dominguez
carr lawson jacobs obrien o'brien lynch singh vega bishop montgomery oliver jensen harvey williamson gilbert dean sims
espinoza howell li wong reid hanson le mccoy garrett burton fuller wang weber welch rojas lucas marquez fields park yang
little banks padilla day walsh bowman schultz luna fowler mejia davidson acosta brewer may holland juarez newman pearson
curtis cortez douglas schneider joseph barrett navarro figueroa keller avila wade molina stanley hopkins campos barnett
bates chambers caldwell beck lambert miranda byrd craig ayala lowe frazier powers neal leonard gregory carrillo sutton
fleming rhodes shelton schwartz norris jennings watts duran walters cohen mcdaniel moran parks steele vaughn becker
holt deleon barker terry hale leon hail benson haynes horton miles lyons pham graves bush thornton wolfe warner cabrera
mckinney mann zimmerman dawson lara fletcher page mccarthy love robles cervantes solis erickson reeves chang klein
salinas fuentes baldwin daniel simon velasquez hardy higgins aguirre lin cummings chandler sharp barber bowen ochoa
dennis robbins liu ramsey francis griffith paul blair oconnor cardenas pacheco cross calderon quinn moss swanson chan
rivas khan rodgers serrano fitzgerald rosales stevenson christensen manning gill curry mclaughlin harmon mcgee gross
doyle garner newton burgess reese walton blake trujillo adkins brady goodman roman webster goodwin fischer huang potter
delacruz montoya todd wu hines mullins castaneda malone cannon tate mack sherman hubbard hodges zhang guerra wolf valencia
saunders franco rowe gallagher farmer hammond hampton townsend ingram wise gallegos clarke barton schroeder maxwell
waters logan camacho strickland norman person colon parsons frank harrington glover osborne buchanan casey floyd
patton ibarra ball tyler suarez bowers orozco salas cobb gibbs andrade bauer conner moody escobar mcguire lloyd mueller
hartman french kramer mcbride pope lindsey velazquez norton mccormick sparks flynn yates hogan marsh macias villanueva
zamora pratt stokes owen ballard lang brock villarreal charles drake barrera cain patrick pineda burnett mercado santana
shepherd bautista ali shaffer lamb trevino mckenzie hess beil olsen cochran morton nash wilkins petersen briggs shah
roth nicholson holloway lozano flowers rangel hoover arias richard mata shields lucero villalobos espinosa esteban
papadakis castellanos hollis hartmann qureshi adebayo okafor okonkwo nwosu mensah owusu abubakar diallo traore
natarajan krishnan iyer reddy rao gupta sharma kumar mehta desai joshi chaudhry malik hussain rahman ahmed siddiqui
tanaka suzuki watanabe yamamoto nakamura kobayashi sato ito kato yoshida choi jung kang cho yoon jang lim han oh seo
shin kwon hwang ahn song yoo hong jeon ko moon yang bae baek heo yu nam noh ha kwak
kowalski nowak wisniewski novak ivanov petrov smirnov popov kuznetsov horvat jovanovic
rossi russo ferrari esposito bianchi romano colombo ricci marino greco bruno gallo conti deluca costa fontana moretti
mueller schmitt schulz koch richter klein wolf neumann schwarz zimmermann braun hofmann lehmann krause meier
dubois moreau laurent lefebvre leroy roux fournier girard bonnet dupont lambert fontaine
ferreira pereira oliveira almeida ribeiro carvalho gomes martins araujo rocha barbosa cardoso teixeira correia
murphy kelly byrne ryan obrien walsh mccarthy doherty kennedy lynch murray quinn moore mcloughlin whitfield
abernathy achebe adeyemi agarwal aguilera akhtar alvarez amato andersen antonelli appiah arellano asante aziz
bakr balogun banerjee barajas bartlett beaumont begay benally bhatt bianco blackwell blanchard bolton bose brandt bui
callahan castellano chakraborty chaudhary chavarria chowdhury ciampa costello crouch cuevas dao delgado
demir dinh doan donnelly dossantos duarte dubey eriksen esposito eze fadel farouk fitzpatrick fonseca friedman fujita
gallardo gallego ghosh giordano goldberg goldstein gonzaga grover guerrero gunawardena haddad hakimi halvorsen hashemi
haugen hayashi hernández herrmann hoang hosseini huynh ikeda inoue iqbal ivanova iwasaki jablonski jafari jaramillo
jimenez kaminski kapoor karimi katz kaur khalil khoury kim kimura kiplagat kozlov kruger kumari kurtz lachance landry
larsen leclerc leblanc lemaire lindqvist lindgren lombardi lopes luong ly macdonald mahoney maldonado mancini
marchetti markovic martinelli matsumoto mazur medeiros mehra menon mishra miyamoto mohammed molnar mora morita mukherjee
murillo nair nakagawa nakashima ngo nguyen nielsen nkosi nowicki nwachukwu obi odhiambo ogunleye okeke okoro olayinka
olsen onyango orlov ortega otieno ozturk pacheco pandey paredes pettigrew petrovic pham phan pillai pinto polanco
popescu prasad quach quintero quinlan rahimi rajan ramos rana ramirez rasmussen reinhardt rezaei rinaldi rios rivas
romero rosen rosenberg rubio sadeghi saito salazar saldana santoro sato schafer schmidt sepulveda shapiro silva sokolov
sorensen stein takahashi thakur tiwari tkachenko tran trinh truong tsai urbina valdez vance vargas varma vasquez
velez vo volkov vu wagner walsh weiss wojcik wong xu yadav yamada yamaguchi yilmaz yoon zapata zhao zhou zhu zulu
okonjo ruiz mwangi kamau njoroge achieng wanjiku ochieng banda phiri moyo ndlovu dlamini mahlangu
`;

export const SURNAMES: ReadonlySet<string> = new Set(SOURCE.split(/\s+/).filter(Boolean));

// Family names that are also everyday English words ("Day", "Park", "Little"): after a given
// name on our lists they still count ("Jun Park"), but not after an unknown capitalised word
// ("Tooth Fairy Day", "Ferry Street Park").
export const WORD_SURNAMES: ReadonlySet<string> = new Set(
  `day may page love little rose person bush banks black white green young long king bell hill wood woods stone fox rice
  hunt cross moss lamb ball cobb french frank gross strong west north south east park parks lane fields mills sharp wise
  hardy price porter hunter gill shields flowers sparks waters english golden summers winter spring mason miles carpenter
  baker cook turner walker hall ward bishop dean grant hope joy rich chase drake pope person rivers brooks reed wolf
  beck cole law gay sims pierce dunn best bond church field hay holmes ray lake house major marsh meadows nash ross snow
  steele todd wells cannon newman barber hale curry ford tyler salt`.split(/\s+/).filter(Boolean),
);

