"""People's names for the demo network, drawn from the languages of their organisation's country.

Data only: name pools, each in one language (and script), and the pools each country draws from. A
country with several languages (Canada, Switzerland, Singapore...) lists several pools; a
representative of a Senegalese organisation is called Aminata Diallo, of a Mexican one María López,
of an Egyptian one محمد حداد or Mohammed Haddad, of a Chinese one 王芳. Scripts the PDF reports
cannot draw (Thai, Devanagari, Ethiopic, Khmer...) are given in their usual romanisation.
"""

from __future__ import annotations

from dataclasses import dataclass
from random import Random


@dataclass(frozen=True, slots=True)
class NamePool:
    """Given and family names of one language; family names may differ for women (Nowak: Kowalska)."""

    language: str  # ISO 639-1 code of the names' language
    female: tuple[str, ...]
    male: tuple[str, ...]
    family: tuple[str, ...]  # empty: the given names are whole names (Myanmar, Bhutan)
    family_male: tuple[str, ...]
    family_first: bool = False
    sep: str = " "

    def name(self, r: Random, female: bool) -> str:
        given = r.choice(self.female if female else self.male)
        families = self.family if female else self.family_male
        if not families:
            return given
        family = r.choice(families)
        return f"{family}{self.sep}{given}" if self.family_first else f"{given}{self.sep}{family}"

    def names(self) -> frozenset[str]:
        """Every name this pool can give (to tell where a name comes from)."""
        out = set()
        for given, families in ((self.female, self.family), (self.male, self.family_male)):
            for g in given:
                for f in families or ("",):
                    if not f:
                        out.add(g)
                    else:
                        out.add(f"{f}{self.sep}{g}" if self.family_first else f"{g}{self.sep}{f}")
        return frozenset(out)


def _split(text: str) -> tuple[str, ...]:
    return tuple(p.strip() for p in text.split(",")) if "," in text else tuple(text.split())


def _pool(language: str, female: str, male: str, family: str, family_male: str | None = None, *,
          family_first: bool = False, sep: str = " ") -> NamePool:
    fam = _split(family)
    return NamePool(language, _split(female), _split(male), fam,
                    _split(family_male) if family_male is not None else fam, family_first, sep)


POOLS: dict[str, NamePool] = {
    # Western Europe and Others
    "english": _pool("en", "Sarah Emily Olivia Charlotte Grace Hannah Rachel Jessica Laura Rebecca",
                     "James Oliver Daniel Thomas Michael David Andrew Matthew Christopher Robert",
                     "Smith Taylor Brown Wilson Campbell Clarke Walker Robinson Hughes Mitchell Thompson Wright"),
    "irish": _pool("en", "Siobhán Aoife Niamh Ciara Orla Sinéad", "Seán Cian Pádraig Eoin Ciarán Dónal",
                   "Murphy Kelly O'Brien Walsh Byrne Ryan O'Sullivan Doyle"),
    "french": _pool("fr", "Anaïs Élodie Chloé Hélène Maëlle Camille Léa Manon Sophie Claire",
                    "François Jérôme Étienne Loïc Noël Julien Mathieu Nicolas Benoît Olivier",
                    "Lefèvre Dubois Moreau Girard Bernard Lambert Fontaine Rousseau Mercier Garnier Chevalier"),
    "german": _pool("de", "Anneliese Sophie Lena Katharina Julia Hanna Franziska Jördis",
                    "Jürgen Lukas Maximilian Matthias Stefan Tobias Florian Andreas",
                    "Müller Schäfer Weiß Hoffmann Köhler Fischer Becker Wagner Schneider Huber Gruber"),
    "dutch": _pool("nl", "Anouk Femke Sanne Lotte Marieke Eva Ilse", "Daan Bram Joris Pieter Sjoerd Ruben Maarten",
                   "de Vries, Jansen, van Dijk, Bakker, Visser, Smit, de Jong, van den Berg, Peeters, Janssens"),
    "italian": _pool("it", "Giulia Francesca Chiara Alessandra Elena Valentina Federica",
                     "Marco Luca Giuseppe Matteo Alessandro Davide Lorenzo",
                     "Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco"),
    "spanish": _pool("es", "María Lucía Sofía Ana Camila Valentina Inés Ximena Carmen Paula",
                     "José Juan Andrés Matías Tomás Sebastián Raúl Alejandro Diego Javier",
                     "García Rodríguez Martínez Hernández López González Pérez Sánchez Ramírez Núñez Muñoz "
                     "Flores Torres Castillo"),
    "catalan": _pool("ca", "Núria Montserrat Laia Mireia Roser", "Jordi Pau Oriol Joan Xavier",
                     "Puig Vila Serra Ferrer Casals Font Pujol"),
    "portuguese": _pool("pt", "Ana Beatriz Fernanda Luíza Joana Mariana Inês Conceição",
                        "João António Gonçalo Sebastião Luís Tiago Rafael Pedro",
                        "Silva Santos Gonçalves Araújo Magalhães Sousa Pereira Ferreira Costa Oliveira Rodrigues"),
    "maltese": _pool("mt", "Maria Rita Charlene Marija Doris", "Joseph Mario Carmel Kurt Jean-Paul",
                     "Borg Camilleri Vella Farrugia Zammit Galea Grech Micallef"),
    "scandinavian": _pool("sv", "Åsa Sigrid Ingrid Astrid Liv Märta Karin Maja Freja",
                          "Søren Bjørn Håkan Jørgen Olaf Mikkel Erik Lars Anders",
                          "Sørensen Lindqvist Bjørnstad Håkansson Nyström Ødegaard Andersson Johansson Nielsen "
                          "Hansen Berg"),
    "finnish": _pool("fi", "Aino Liisa Johanna Sanna Riikka Elina", "Mikko Juha Jussi Antti Ville Timo",
                     "Virtanen Korhonen Mäkinen Nieminen Hämäläinen Laine Heikkinen Koskinen"),
    "icelandic": _pool("is", "Guðrún Sigríður Katrín Helga", "Jón Gunnar Sigurður Ólafur",
                       "Jónsdóttir Sigurðardóttir Einarsdóttir Magnúsdóttir", "Jónsson Sigurðsson Einarsson Magnússon"),
    "greek": _pool("el", "Μαρία Ελένη Κατερίνα Σοφία Δέσποινα", "Γιώργος Νίκος Δημήτρης Κώστας Γιάννης",
                   "Παπαδοπούλου Ιωάννου Γεωργίου Νικολάου Οικονόμου",
                   "Παπαδόπουλος Ιωάννου Γεωργίου Νικολάου Οικονόμου"),
    "turkish": _pool("tr", "Ayşe Elif Gülşen Zeynep Esra Merve", "Mehmet Çağlar Oğuz Barış Emre Murat",
                     "Yılmaz Öztürk Şahin Çelik Doğan Aydın Kaya"),
    "hebrew": _pool("he", "נועה מיכל שירה תמר", "יוסי אבי דניאל איתי", "כהן לוי מזרחי פרץ ביטון"),
    "hebrew_latin": _pool("he", "Noa Michal Shira Tamar Yael", "Yossi Avi Daniel Itai Eyal",
                          "Cohen Levi Mizrahi Peretz Biton Friedman"),
    # Eastern Europe
    "polish": _pool("pl", "Małgorzata Agnieszka Ewa Katarzyna Joanna Magdalena",
                    "Łukasz Paweł Tomasz Piotr Krzysztof Michał",
                    "Wójcik Nowak Kowalska Mazur Krawczyk Lewandowska Zielińska",
                    "Wójcik Nowak Kowalski Mazur Krawczyk Lewandowski Zieliński"),
    "czech": _pool("cs", "Kateřina Zuzana Lucie Jana Petra Tereza", "Jiří Tomáš Petr Martin Jan Lukáš",
                   "Dvořáková Nováková Svobodová Černá Procházková Horváthová",
                   "Dvořák Novák Svoboda Černý Procházka Horváth"),
    "hungarian": _pool("hu", "Réka Zsófia Eszter Katalin Anna Judit", "László Gábor Zoltán Péter Balázs Attila",
                       "Nagy Kovács Tóth Szabó Horváth Varga Kiss Molnár"),
    "romanian": _pool("ro", "Ioana Elena Andreea Mihaela Cristina Alina", "Ştefan Andrei Mihai Alexandru Bogdan Radu",
                      "Popescu Ionescu Popa Dumitru Stoica Munteanu Ciobanu Rusu"),
    "lithuanian": _pool("lt", "Jūratė Rūta Ieva Agnė Eglė", "Mindaugas Tomas Darius Andrius Vytautas",
                        "Kazlauskienė Jankauskienė Petrauskaitė Stankevičienė",
                        "Kazlauskas Jankauskas Petrauskas Stankevičius"),
    "latvian": _pool("lv", "Līga Ilze Inese Kristīne Anna", "Jānis Andris Mārtiņš Edgars Kārlis",
                     "Bērziņa Kalniņa Ozola Liepiņa", "Bērziņš Kalniņš Ozols Liepiņš"),
    "estonian": _pool("et", "Kadri Triin Liis Maarja Kersti", "Martin Andres Tõnu Rein Siim",
                      "Tamm Saar Sepp Mägi Kask Rebane"),
    "south_slavic": _pool("hr", "Ana Ivana Maja Jelena Marija Tamara", "Marko Nikola Ivan Luka Stefan Dario",
                          "Horvat Kovačević Petrović Jovanović Popović Babić Marković Novak"),
    "albanian": _pool("sq", "Ardita Elira Jonida Blerina Anila", "Arben Gent Erion Besnik Dritan",
                      "Hoxha Shehu Krasniqi Gashi Dervishi Leka"),
    "bulgarian": _pool("bg", "Мария Елена Десислава Ивелина Гергана", "Георги Димитър Иван Николай Стоян",
                       "Иванова Георгиева Димитрова Петрова Николова", "Иванов Георгиев Димитров Петров Николов"),
    "russian": _pool("ru", "Анна Мария Елена Ольга Наталья Татьяна", "Иван Алексей Дмитрий Сергей Андрей Михаил",
                     "Иванова Смирнова Кузнецова Попова Соколова Морозова",
                     "Иванов Смирнов Кузнецов Попов Соколов Морозов"),
    "ukrainian": _pool("uk", "Олена Оксана Наталія Ірина Тетяна", "Андрій Тарас Олександр Богдан Дмитро",
                       "Шевченко Коваленко Бондаренко Ткаченко Кравченко Мельник Бойко"),
    "armenian": _pool("hy", "Ani Narine Lusine Mariam Anahit", "Aram Tigran Armen Davit Hayk",
                      "Hovhannisyan Petrosyan Sargsyan Grigoryan Harutyunyan"),
    "georgian": _pool("ka", "Nino Tamar Mariam Ana Eka", "Giorgi Davit Levan Nikoloz Irakli",
                      "Beridze Kapanadze Maisuradze Gelashvili Lomidze"),
    "azerbaijani": _pool("az", "Aysel Leyla Günel Nigar Sevinj", "Elvin Rashad Orkhan Farid Tural",
                         "Aliyeva Mammadova Hasanova Huseynova", "Aliyev Mammadov Hasanov Huseynov"),
    # Asia and the Pacific
    "central_asian": _pool("kk", "Айгерим Асель Динара Жанар Гульнара", "Нурлан Ерлан Асхат Азамат Бакыт",
                           "Ахметова Сулейменова Омарова Абдыкадырова", "Ахметов Сулейменов Омаров Абдыкадыров"),
    "uzbek": _pool("uz", "Dilnoza Nodira Gulnora Malika Zarina", "Sardor Jasur Bekzod Rustam Otabek",
                   "Karimova Rahimova Yusupova Tursunova", "Karimov Rahimov Yusupov Tursunov"),
    "mongolian": _pool("mn", "Оюунчимэг Сарнай Болормаа Наран", "Батбаяр Ганбаатар Төмөр Энхбаяр",
                       "Болд Дорж Сүх Батаа"),
    "chinese": _pool("zh", "芳 丽 静 秀英 敏 婷 雪", "伟 强 磊 建国 军 涛 杰", "王 李 张 刘 陈 杨 赵 黄 周 吴",
                     family_first=True, sep=""),
    "chinese_latin": _pool("zh", "Mei Ling, Hui Min, Xiu Ying, Li Na", "Wei Jie, Jun Hao, Zhi Wei, Kok Leong",
                           "Tan Lim Lee Ng Wong Goh Chua", family_first=True),
    "japanese": _pool("ja", "Haruka Yūko Sakura Aiko Emi Naoko", "Kenji Takeshi Shōta Hiroshi Daisuke Kazuki",
                      "Satō Suzuki Takahashi Itō Tanaka Watanabe Yamamoto Nakamura"),
    "korean": _pool("ko", "민지 서연 지우 수빈", "민준 지훈 도윤 현우", "김 이 박 최 정", family_first=True, sep=""),
    "vietnamese": _pool("vi", "Thị Hương,Thị Lan,Ngọc Mai,Thu Thảo", "Văn Minh,Văn Hùng,Đức Anh,Quang Huy",
                        "Nguyễn Trần Lê Phạm Hoàng", family_first=True),
    "thai": _pool("th", "Siriporn Kanya Nattaya Pimchanok Wanida", "Somchai Anan Kittisak Prasert Wichai",
                  "Chaiyaporn Wongsawat Srisuk Boonmee Sukprasert Thongchai"),
    "khmer": _pool("km", "Sokha Sreymom Channary Bopha Dara", "Sokhom Vibol Rithy Sopheak Veasna",
                   "Chan Sok Kim Heng Meas Chea", family_first=True),
    "lao": _pool("lo", "Khamla Souphaphone Manivone Chanthavy", "Somphone Bounmy Khamphet Sisouk",
                 "Phommachanh Vongsa Keomany Sisouphanh Inthavong"),
    "burmese": _pool("my", "Thiri Aung, Khin Mar Win, Su Myat Noe, Ei Ei Phyo, Nandar Hlaing",
                     "Kyaw Zin Htet, Aung Ko Ko, Min Thu, Htet Naing, Zaw Lin Oo", ""),
    "malay": _pool("ms", "Nur Aisyah, Siti Aminah, Nurul Huda, Farah Izzati",
                   "Ahmad Faizal, Muhammad Hafiz, Mohd Azlan, Amirul Hakim",
                   "binti Ismail, binti Abdullah, binti Hassan, binti Osman",
                   "bin Ismail, bin Abdullah, bin Hassan, bin Osman"),
    "indonesian": _pool("id", "Siti Dewi Putri Rina Ayu Lestari", "Budi Agus Rizky Andi Hendra Bayu",
                        "Santoso Wijaya Hidayat Rahayu Saputra Kusuma Nugroho Setiawan"),
    "filipino": _pool("tl", "Maria Cristina, Kristine, Jasmine, Angelica, Rowena, Maricel",
                      "Jose Miguel, Mark Anthony, Rodel, Jerome, Paolo, Ramon",
                      "Santos, Reyes, Cruz, Bautista, Mendoza, Villanueva, dela Cruz, Ramos, Soriano"),
    "indian": _pool("hi", "Priya Ananya Lakshmi Kavita Neha Deepa Sunita", "Arjun Rahul Sanjay Vikram Anil Rajesh Suresh",
                    "Sharma Patel Iyer Reddy Gupta Nair Singh Das Mukherjee Joshi"),
    "pakistani": _pool("ur", "Ayesha Sana Fatima Hina Amna Mahnoor", "Imran Usman Bilal Asad Hamza Tariq",
                       "Khan Qureshi Malik Chaudhry Butt Siddiqui Hussain Sheikh"),
    "bangladeshi": _pool("bn", "Nusrat Farhana Tahmina Sadia Rumana", "Tanvir Rafiq Shahidul Kamrul Mahmud",
                         "Rahman Hossain Chowdhury Islam Haque Sarkar"),
    "sri_lankan": _pool("si", "Nimali Dilani Chathurika Sanduni Ishara", "Kasun Chaminda Nuwan Ruwan Tharindu",
                        "Perera Fernando Silva Jayawardena Wickramasinghe Gunasekara Bandara Dissanayake"),
    "nepali": _pool("ne", "Sita Anjali Sarita Manisha Pooja", "Ram Bikash Suman Prakash Dipendra",
                    "Shrestha Gurung Thapa Adhikari Tamang Karki Rai Maharjan"),
    "bhutanese": _pool("dz", "Pema Choden, Sonam Wangmo, Karma Yangzom, Dechen Pelden",
                       "Sonam Tshering, Karma Dorji, Tashi Phuntsho, Kinley Dorji", ""),
    "maldivian": _pool("dv", "Aishath Mariyam Fathimath Hawwa Aminath", "Ahmed Mohamed Ibrahim Hassan Ali",
                       "Rasheed Naseem Shareef Waheed Zahir Manik"),
    "afghan": _pool("fa", "Fatima Zahra Mariam Laila Nargis Parwana", "Ahmad Mohammad Wahid Farid Naveed",
                    "Ahmadi Rahimi Karimi Popal Noori Hakimi Sultani"),
    "persian": _pool("fa", "فاطمه زهرا مریم سارا نگار", "علی رضا حسین امیر مهدی", "محمدی حسینی رضایی احمدی کریمی موسوی"),
    "persian_latin": _pool("fa", "Fatemeh Zahra Maryam Sara Negar", "Ali Reza Hossein Amir Mehdi",
                           "Mohammadi Hosseini Rezaei Ahmadi Karimi Mousavi"),
    "arabic": _pool("ar", "فاطمة مريم عائشة ليلى نور سارة هدى", "محمد أحمد علي عمر يوسف خالد حسن",
                    "الهاشمي المنصور حداد الخطيب العلي الشامي النجار الحسيني"),
    "arabic_latin": _pool("ar", "Fatima Mariam Layla Nour Sara Huda Rania", "Mohammed Ahmed Ali Omar Youssef Khaled Hassan",
                          "Al-Hashimi Al-Mansour Haddad Khatib Al-Ali Najjar Hussein Saleh"),
    "pacific": _pool("sm", "Mele Losana Salote Litia Sera Miriama", "Sione Tevita Ioane Josaia Viliami Samuela",
                     "Tuilagi Faleolo Taufa Vunivalu Naupoto Fifita Tupou Kaufusi Leota"),
    "melanesian": _pool("en", "Grace Ruth Janet Lynette Dorothy", "John Peter Michael Kalo Joseph",
                        "Kila Wari Kaupa Tabe Siba Pulu Tari Moli"),
    # Africa
    "maghrebi": _pool("ar", "Fatima-Zahra Khadija Salma Meriem Nadia Leïla Amina",
                      "Mohamed Youssef Karim Mehdi Hicham Rachid Samir",
                      "El Amrani, Benali, Bennani, Tazi, Ben Salah, Belkacem, Trabelsi, Mansouri"),
    "west_african_fr": _pool("fr", "Aminata Awa Fatoumata Mariam Aïssatou Rokia Kadiatou Ramatou",
                             "Mamadou Ousmane Ibrahima Moussa Cheikh Abdoulaye Seydou Boubacar",
                             "Diallo Traoré Ndiaye Koné Sow Coulibaly Diop Ouédraogo Sawadogo Keïta Camara Touré Fall"),
    "central_african_fr": _pool("fr", "Grâce Christelle Marie-Claire Nadège Josiane Clarisse Sandrine",
                                "Jean-Pierre Serge Patrick Blaise Didier Hervé Thierry",
                                "Mbala Ngoma Mukendi Ilunga Moukoko Nzeza Tshibanda Mbarga Essomba Kabongo Bakala"),
    "great_lakes": _pool("rw", "Claudine Aline Divine Josiane Immaculée", "Jean-Claude Emmanuel Eric Olivier Fabrice",
                         "Uwimana Niyonzima Mukamana Habimana Nshimiyimana Ndayisenga"),
    "malagasy": _pool("mg", "Fanja Voahangy Lalao Tiana Hanitra Noro", "Hery Mamy Rivo Tahina Andry Faly",
                      "Rakotomalala Rasoanaivo Razafindrakoto Andrianarisoa Rakotondrabe Ravelojaona"),
    "haitian": _pool("fr", "Marie-Carmel Widline Guerline Nadège Roseline", "Jean-Robert Wilner Réginald Fritz Wesner",
                     "Pierre Joseph Jean-Louis Desrosiers Charles Saint-Fleur Dorval Baptiste"),
    "nigerian": _pool("en", "Ngozi Chiamaka Funmilayo Aisha Adaeze Folake Zainab", "Chinedu Oluwaseun Emeka Tunde Ibrahim "
                      "Musa Obinna", "Okafor Adeyemi Eze Okonkwo Balogun Bello Okoro Abubakar"),
    "ghanaian": _pool("en", "Akosua Ama Abena Efua Adwoa Esi", "Kwame Kofi Kwabena Yaw Kwesi Kojo",
                      "Mensah Boateng Asante Owusu Appiah Ofori Darko"),
    "mande_english": _pool("en", "Fatmata Mariama Isatou Kadiatu Hawa Binta", "Mohamed Lamin Sorie Musa Alieu Momodou",
                           "Kamara Sesay Conteh Bangura Jallow Ceesay Kollie Flomo"),
    "east_african": _pool("sw", "Wanjiru Achieng Neema Rehema Nakato Akinyi Zawadi Wairimu",
                          "Baraka Juma Otieno Kiprono Mwangi Okello Mugisha Hamisi",
                          "Kamau Njoroge Ochieng Kiptoo Mutua Kariuki Mushi Kimaro Massawe Wanyama Deng"),
    "southern_african": _pool("zu", "Thandiwe Nomvula Lerato Palesa Nandi Chipo Tsitsi Thokozile",
                              "Sipho Thabo Tendai Kagiso Bongani Themba Tatenda Mpho",
                              "Dlamini Nkosi Ndlovu Mokoena Molefe Moyo Banda Phiri Mwale Khumalo Sibanda"),
    "somali": _pool("so", "Hodan Faadumo Amina Sahra Ifrah Ubah", "Abdirahman Mohamed Abdullahi Ahmed Hassan Yusuf",
                    "Warsame Farah Abdi Hersi Jama Osman Mohamud"),
    "ethiopian": _pool("am", "Hana Meron Selam Tigist Bethlehem Mahlet", "Dawit Abebe Yonas Tesfaye Biniam Henok",
                       "Bekele Girma Haile Tadesse Alemu Kebede Wolde"),
    "eritrean": _pool("ti", "Senait Luwam Yohana Helen Saba", "Yonas Tesfay Yemane Filmon Samuel",
                      "Ghebremedhin Tesfamariam Habte Kidane Berhane"),
    "caribbean": _pool("en", "Shanice Kimberley Tamika Natalie Alicia Keisha", "Andre Marlon Damion Kemar Ricardo Shane",
                       "Campbell Williams Brown Thompson Grant Henry Francis Joseph"),
}

# The pools each country's people are named from (ISO 3166-1 alpha-3); a country listed under several
# pools draws from each in turn.
_COUNTRIES = {
    "english": "GBR USA CAN AUS NZL IRL",
    "irish": "IRL",
    "french": "FRA BEL LUX MCO CHE CAN SYC MUS",
    "german": "DEU AUT CHE LIE LUX",
    "dutch": "NLD BEL SUR",
    "italian": "ITA SMR VAT CHE MCO",
    "spanish": "ESP AND MEX GTM HND SLV NIC CRI PAN CUB DOM COL VEN ECU PER BOL CHL ARG URY PRY GNQ BLZ",
    "catalan": "AND",
    "portuguese": "PRT BRA AGO MOZ CPV GNB STP TLS",
    "maltese": "MLT",
    "scandinavian": "DNK NOR SWE",
    "finnish": "FIN",
    "icelandic": "ISL",
    "greek": "GRC CYP",
    "turkish": "TUR",
    "hebrew": "ISR",
    "hebrew_latin": "ISR",
    "polish": "POL",
    "czech": "CZE SVK",
    "hungarian": "HUN",
    "romanian": "ROU MDA",
    "lithuanian": "LTU",
    "latvian": "LVA",
    "estonian": "EST",
    "south_slavic": "HRV BIH SRB MNE SVN MKD",
    "albanian": "ALB",
    "bulgarian": "BGR",
    "russian": "RUS BLR",
    "ukrainian": "UKR",
    "armenian": "ARM",
    "georgian": "GEO",
    "azerbaijani": "AZE",
    "central_asian": "KAZ KGZ TJK",
    "uzbek": "UZB TKM",
    "mongolian": "MNG",
    "chinese": "CHN",
    "chinese_latin": "SGP MYS",
    "japanese": "JPN",
    "korean": "KOR PRK",
    "vietnamese": "VNM",
    "thai": "THA",
    "khmer": "KHM",
    "lao": "LAO",
    "burmese": "MMR",
    "malay": "MYS BRN SGP",
    "indonesian": "IDN",
    "filipino": "PHL",
    "indian": "IND SGP FJI MUS TTO GUY",
    "pakistani": "PAK",
    "bangladeshi": "BGD",
    "sri_lankan": "LKA",
    "nepali": "NPL",
    "bhutanese": "BTN",
    "maldivian": "MDV",
    "afghan": "AFG",
    "persian": "IRN",
    "persian_latin": "IRN",
    "arabic": "SAU ARE EGY JOR LBN SYR IRQ KWT QAT BHR OMN YEM SDN PSE",
    "arabic_latin": "SAU ARE EGY JOR LBN SYR IRQ KWT QAT BHR OMN YEM SDN PSE LBY",
    "pacific": "FJI WSM TON KIR TUV NRU MHL FSM PLW",
    "melanesian": "PNG SLB VUT",
    "maghrebi": "MAR TUN DZA LBY MRT TCD COM",
    "west_african_fr": "SEN MLI BFA NER GIN CIV BEN TGO MRT",
    "central_african_fr": "CMR GAB COG COD CAF TCD",
    "great_lakes": "RWA BDI",
    "malagasy": "MDG",
    "haitian": "HTI",
    "nigerian": "NGA",
    "ghanaian": "GHA",
    "mande_english": "SLE LBR GMB",
    "east_african": "KEN TZA UGA SSD",
    "southern_african": "ZAF BWA LSO SWZ NAM ZWE ZMB MWI",
    "somali": "SOM DJI",
    "ethiopian": "ETH",
    "eritrean": "ERI",
    "caribbean": "JAM TTO BRB BHS GRD LCA VCT KNA ATG DMA GUY BLZ",
}
COUNTRY_POOLS: dict[str, tuple[str, ...]] = {}
for _name, _codes in _COUNTRIES.items():
    for _iso3 in _codes.split():
        COUNTRY_POOLS[_iso3] = (*COUNTRY_POOLS.get(_iso3, ()), _name)
# Countries without their own pools (territories, none among the demo's countries) use the region's.
_BY_GROUP = {"AFRICA": ("east_african",), "APG": ("indian",), "EEG": ("russian",), "GRULAC": ("spanish",),
             "WEOG": ("english",)}
_FALLBACK = ("english",)


def pools_for(iso3: str, regional_group: str | None = None) -> tuple[str, ...]:
    """The names of the pools a country's people are named from."""
    return COUNTRY_POOLS.get(iso3) or _BY_GROUP.get(regional_group or "", _FALLBACK)


def person_name(r: Random, iso3: str, regional_group: str | None, female: bool) -> str:
    """A name in one of the country's languages."""
    return POOLS[r.choice(pools_for(iso3, regional_group))].name(r, female)


# International calling codes, so a phone number belongs to the organisation's country.
_CALLING = """
    AGO 244 BDI 257 BEN 229 BFA 226 BWA 267 CAF 236 CIV 225 CMR 237 COD 243 COG 242 COM 269 CPV 238 DJI 253
    DZA 213 EGY 20 ERI 291 ETH 251 GAB 241 GHA 233 GIN 224 GMB 220 GNB 245 GNQ 240 KEN 254 LBR 231 LBY 218
    LSO 266 MAR 212 MDG 261 MLI 223 MOZ 258 MRT 222 MUS 230 MWI 265 NAM 264 NER 227 NGA 234 RWA 250 SDN 249
    SEN 221 SLE 232 SOM 252 SSD 211 STP 239 SWZ 268 SYC 248 TCD 235 TGO 228 TUN 216 TZA 255 UGA 256 ZAF 27
    ZMB 260 ZWE 263
    AFG 93 ARE 971 BGD 880 BHR 973 BRN 673 BTN 975 CHN 86 CYP 357 FJI 679 FSM 691 IDN 62 IND 91 IRN 98 IRQ 964
    JOR 962 JPN 81 KAZ 7 KGZ 996 KHM 855 KIR 686 KOR 82 KWT 965 LAO 856 LBN 961 LKA 94 MDV 960 MHL 692 MMR 95
    MNG 976 MYS 60 NPL 977 NRU 674 OMN 968 PAK 92 PHL 63 PLW 680 PNG 675 PRK 850 QAT 974 SAU 966 SGP 65 SLB 677
    SYR 963 THA 66 TJK 992 TKM 993 TLS 670 TON 676 TUV 688 UZB 998 VNM 84 VUT 678 WSM 685 YEM 967
    ALB 355 ARM 374 AZE 994 BGR 359 BIH 387 BLR 375 CZE 420 EST 372 GEO 995 HRV 385 HUN 36 LTU 370 LVA 371
    MDA 373 MKD 389 MNE 382 POL 48 ROU 40 RUS 7 SRB 381 SVK 421 SVN 386 UKR 380
    ARG 54 BLZ 501 BOL 591 BRA 55 CHL 56 COL 57 CRI 506 CUB 53 ECU 593 GTM 502 GUY 592 HND 504 HTI 509 MEX 52
    NIC 505 PAN 507 PER 51 PRY 595 SLV 503 SUR 597 URY 598 VEN 58
    ATG 1 BHS 1 BRB 1 DMA 1 DOM 1 GRD 1 JAM 1 KNA 1 LCA 1 TTO 1 VCT 1 USA 1 CAN 1
    AND 376 AUS 61 AUT 43 BEL 32 CHE 41 DEU 49 DNK 45 ESP 34 FIN 358 FRA 33 GBR 44 GRC 30 IRL 353 ISL 354
    ISR 972 ITA 39 LIE 423 LUX 352 MCO 377 MLT 356 NLD 31 NOR 47 NZL 64 PRT 351 SMR 378 SWE 46 TUR 90
    PSE 970 VAT 39
""".split()
CALLING_CODES: dict[str, str] = dict(zip(_CALLING[::2], _CALLING[1::2], strict=True))


def phone_number(r: Random, iso3: str) -> str:
    """A made-up phone number with the country's calling code."""
    code = CALLING_CODES.get(iso3)
    if code is None:
        code = str(r.randint(20, 998))
    return f"+{code} {r.randint(10, 99)} {r.randint(100, 999)} {r.randint(1000, 9999)}"
