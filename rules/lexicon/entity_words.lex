# Word classes for entity patterns (docs/rules.md, "Lexicons").
#
# `class NAME` starts a class; the indented lines list single words separated
# by whitespace. Membership ignores case; patterns add case constraints and
# refer to a class as @NAME. Abbreviation tokens keep their period ("Dr.").

# Last words of organization names ("... Party", "... University"). Generic
# words whose names are NONE (Initiative, Corridor, Treaty, Programme) are
# left out.
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
  President-elect Premier-elect

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
  Overseas Commonwealth Northern Ireland Scotland Wales Exchequer

# Words that never end or continue a person's name: function words, months,
# days, titles and the heads of place names ("Srinivas Kommuri July",
# "Norman Chandler Professor", "James Baker-I have", "Prince Edward Island").
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
  analyst analysts scholar scholars economist economists historian historians
  researcher researchers author authors professor expert experts journalist
  journalists diplomat diplomats official officials spokesman spokeswoman
  spokesperson lawmaker lawmakers legislator commander commanders leader leaders
  minister ministers president ambassador envoy general founder theorist
  activist activists politician writer editor correspondent reporter lecturer
  adviser advisor strategist negotiator commentator cleric dissident prosecutor
  judge lawyer candidate sociologist scientist philosopher novelist poet
  director chairman chairwoman chief deputy senator governor mayor premier
  secretary specialist consultant officer colonel warlord militant rapporteur
  emissary monarch ruler dictator strongman successor predecessor counterpart
  colleague

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
  Roger Rohit Roland Rolando Rolf Romano Ron Ronald Ronan Rongji Ronit Rory Rosa
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

# Given names left out of given_name because they are also common words
# ("a bill", "will", "mark"): a name only inside a sentence, before a
# capitalized word that is no organization head ("Bill Clinton", not "Bill"
# at a sentence start, not "the Finance Bill Committee"). Months stay out.
class given_name_ambiguous
  Bill Will Mark Grant Guy Ray Jack Pat Sue Rob Don Gene Frank Max Dean
  Victor Earl Glen Dale Drew Chase Carol Van Warren Miles Art Harry Bob Sal
  Hope Joy Rose Faith Dawn Holly Ivy Pearl Ruby Cliff Lane Brent Christian
  Roman Jordan Austin Chester Kerry Grover Zell

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

# Lower-case particles inside personal names ("Osama bin Laden", "Ursula von
# der Leyen", "Abu Bakr al-Baghdadi", "Zia ul Haq").
class name_particle
  al el bin ibn bint van von de der den da di du la le ul ud del della dos das
  zu ter

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
  Zone Line Index Report Review

# Last words of named events ("Second Karabakh War", "Orange Revolution").
class event_head
  War Wars Revolution Revolutions Uprising Uprisings Intifada Spring Massacre
  Genocide Crisis Coup Putsch Offensive Campaign Siege Insurrection Rebellion
  Summit Conference Olympics Election Elections
