"""Latin spellings of names for the communities whose names Faker gives only in their own script
(Arabic, Persian, Hindi, Hebrew) or not at all (Vietnamese): how these customers appear in a
bank's records. Written by hand, most common first; customer_book.py weighs them by rank, so
the spelling variants of one name (Mohammed, Mohamed, Muhammad) appear as often as they do
in such records, roughly."""

ARABIC_GIVEN_MALE = [
    "Mohammed", "Ahmed", "Mohamed", "Ali", "Mahmoud", "Omar", "Muhammad", "Hassan", "Youssef",
    "Ibrahim", "Khaled", "Abdullah", "Mustafa", "Hussein", "Ahmad", "Said", "Karim", "Tarek",
    "Abdelrahman", "Samir", "Walid", "Nabil", "Adel", "Hamza", "Yasser", "Khalid", "Bilal",
    "Rami", "Fadi", "Ziad", "Anas", "Faisal", "Saleh", "Nasser", "Sami", "Majid", "Imad",
    "Jamal", "Kamal", "Hisham", "Osama", "Amr", "Tamer", "Wael", "Hani", "Marwan", "Ayman",
    "Sherif", "Hatem", "Hamad", "Sultan", "Rashid", "Saeed", "Abdelaziz", "Abdelkader",
    "Mourad", "Rachid", "Mehdi", "Yassine", "Amine", "Nour", "Hamid", "Raed", "Issa", "Moussa",
    "Yahya", "Zakaria", "Ismail", "Suleiman", "Jamil", "Fouad", "Hazem", "Bassam", "Mazen",
]
ARABIC_GIVEN_FEMALE = [
    "Fatima", "Mariam", "Aisha", "Nour", "Sara", "Layla", "Huda", "Rana", "Dina", "Hala",
    "Amal", "Salma", "Yasmin", "Rania", "Lina", "Reem", "Noura", "Hanan", "Samira", "Zainab",
    "Khadija", "Asma", "Mona", "Nadia", "Iman", "Souad", "Leila", "Farah", "Ghada", "Maha",
    "Nawal", "Rasha", "Sana", "Wafa", "Yousra", "Zeinab", "Hind", "Amira", "Jamila", "Latifa",
]
ARABIC_FAMILY = [
    "Hassan", "Ali", "Mohamed", "Ibrahim", "Ahmed", "Mahmoud", "Abdallah", "Mansour", "Khalil",
    "Haddad", "Saleh", "Nasser", "Youssef", "Mustafa", "Hussein", "Al-Masri", "El-Sayed",
    "Khoury", "Aziz", "Farouk", "Said", "Othman", "Hamdan", "Suleiman", "Jaber", "Darwish",
    "Qasim", "Najjar", "Shaheen", "Barakat", "Awad", "Hijazi", "Zaki", "Fathi", "Salem",
    "Al-Amin", "Bakr", "Abbas", "Karam", "Haidar", "Al-Tamimi", "Al-Qahtani", "Al-Otaibi",
    "Al-Harbi", "Al-Zahrani", "Al-Ghamdi", "Al-Shehri", "Al-Hashimi", "Al-Sayed", "Benali",
    "Bouzid", "Benjelloun", "El Amrani", "Alaoui", "Cherif", "Mansouri", "Trabelsi",
    "Ben Salah", "Gharbi", "Hamdi", "Mekki", "Nassar", "Sabbagh", "Aoun", "Fares", "Rizk",
    "Abdel Nour", "Sharif", "Kanaan", "Toumi", "Belkacem", "Bouazza", "Chaouki", "Daoud",
]

PERSIAN_GIVEN_MALE = [
    "Mohammad", "Ali", "Hossein", "Reza", "Mehdi", "Amir", "Hamid", "Saeed", "Hassan", "Mohsen",
    "Majid", "Ahmad", "Mahmoud", "Javad", "Abbas", "Mostafa", "Morteza", "Alireza",
    "Mohammadreza", "Farhad", "Babak", "Dariush", "Kaveh", "Arash", "Behzad", "Omid", "Navid",
    "Payam", "Ramin", "Shahram", "Siavash", "Kourosh", "Peyman", "Pouya", "Sina", "Masoud",
    "Hadi", "Vahid", "Hamed", "Ehsan",
]
PERSIAN_GIVEN_FEMALE = [
    "Fatemeh", "Zahra", "Maryam", "Narges", "Leila", "Sara", "Mina", "Shirin", "Parisa",
    "Nasrin", "Elham", "Mahsa", "Neda", "Azadeh", "Roya", "Setareh", "Golnaz", "Nazanin",
    "Somayeh", "Fereshteh", "Shabnam", "Ladan", "Mitra", "Negar", "Yasaman",
]
PERSIAN_FAMILY = [
    "Hosseini", "Mohammadi", "Rezaei", "Ahmadi", "Moradi", "Karimi", "Hashemi", "Rahimi",
    "Jafari", "Mousavi", "Ghasemi", "Kazemi", "Sadeghi", "Heidari", "Alavi", "Ebrahimi",
    "Akbari", "Rostami", "Salehi", "Najafi", "Amini", "Bagheri", "Tehrani", "Shirazi",
    "Esfahani", "Farahani", "Khosravi", "Nouri", "Ranjbar", "Jalali", "Soltani", "Zare",
    "Yazdani", "Asadi", "Mirzaei", "Abbasi", "Ghorbani", "Taheri", "Mahmoudi", "Hamidi",
    "Sharifi", "Kamali", "Rahmani", "Safavi", "Tabatabaei", "Nikpour", "Azimi", "Parsa",
]

INDIAN_GIVEN_MALE = [
    "Rahul", "Amit", "Rajesh", "Suresh", "Ramesh", "Sanjay", "Vijay", "Anil", "Sunil", "Ravi",
    "Arjun", "Vikram", "Deepak", "Manoj", "Ajay", "Arun", "Ashok", "Pradeep", "Rohit", "Sachin",
    "Karan", "Nikhil", "Aditya", "Mohammed", "Imran", "Harpreet", "Gurpreet", "Venkatesh",
    "Srinivas", "Krishna", "Prakash", "Mahesh", "Naveen", "Sandeep", "Rakesh", "Vinod",
    "Abhishek", "Gaurav", "Rajiv", "Sameer",
]
INDIAN_GIVEN_FEMALE = [
    "Priya", "Anjali", "Pooja", "Neha", "Sunita", "Anita", "Kavita", "Deepa", "Lakshmi",
    "Divya", "Meera", "Shreya", "Aishwarya", "Sneha", "Ritu", "Rekha", "Swati", "Nisha",
    "Geeta", "Asha", "Radha", "Shalini", "Preeti", "Manisha", "Jyoti",
]
INDIAN_FAMILY = [
    "Sharma", "Singh", "Kumar", "Patel", "Gupta", "Verma", "Reddy", "Rao", "Iyer", "Nair",
    "Menon", "Mehta", "Shah", "Joshi", "Desai", "Kapoor", "Malhotra", "Chopra", "Agarwal",
    "Jain", "Bansal", "Mishra", "Pandey", "Tiwari", "Yadav", "Chauhan", "Das", "Bose",
    "Banerjee", "Chatterjee", "Mukherjee", "Ghosh", "Pillai", "Naidu", "Khan", "Ahmed",
    "Sheikh", "Gill", "Sandhu", "Dhillon", "Saxena", "Srivastava", "Bhat", "Kulkarni", "Patil",
    "Thakur", "Chaudhary", "Sinha", "Dutta", "Krishnan",
]

HEBREW_GIVEN_MALE = [
    "David", "Yosef", "Moshe", "Avraham", "Daniel", "Yaakov", "Itzhak", "Ariel", "Noam",
    "Eitan", "Omer", "Yonatan", "Amit", "Avi", "Shlomo", "Eliyahu", "Uri", "Gil", "Ron", "Tal",
    "Yair", "Oren", "Amir", "Itai", "Guy",
]
HEBREW_GIVEN_FEMALE = [
    "Noa", "Tamar", "Sarah", "Rachel", "Michal", "Yael", "Shira", "Maya", "Adi", "Rivka",
    "Esther", "Hila", "Dana", "Orly", "Efrat", "Avital", "Liat", "Noga", "Keren", "Galit",
]
HEBREW_FAMILY = [
    "Cohen", "Levi", "Mizrahi", "Peretz", "Biton", "Dahan", "Avraham", "Friedman", "Azoulay",
    "Malka", "Katz", "Yosef", "David", "Amar", "Ohayon", "Hadad", "Gabay", "Ben-David",
    "Shapira", "Segal", "Goldberg", "Rosenberg", "Ben-Ami", "Halevi", "Weiss", "Klein",
    "Sasson", "Elbaz", "Vaknin", "Ashkenazi", "Shalom", "Tal", "Carmi", "Barak", "Golan",
]

VIETNAMESE_FAMILY = [
    "Nguyen", "Tran", "Le", "Pham", "Hoang", "Huynh", "Phan", "Vu", "Vo", "Dang", "Bui", "Do",
    "Ho", "Ngo", "Duong", "Ly", "Truong", "Dinh", "Lam", "Mai", "Trinh", "Cao", "Ta", "Luu",
]
VIETNAMESE_MIDDLE_MALE = ["Van", "Duc", "Minh", "Quoc", "Huu", "Thanh", "Hoang", "Cong",
                          "Dinh", "Quang", "Xuan", "Tien"]
VIETNAMESE_MIDDLE_FEMALE = ["Thi", "Ngoc", "Thu", "Thanh", "Kim", "Minh", "Hong", "Phuong",
                            "My", "Bich"]
VIETNAMESE_GIVEN_MALE = [
    "Anh", "Hung", "Dung", "Tuan", "Nam", "Hai", "Long", "Quang", "Son", "Thanh", "Tam", "Binh",
    "Cuong", "Khanh", "Trung", "Duc", "Hieu", "Huy", "Tu", "Phong", "Vinh", "Thang", "Tai",
    "Loc", "Phuc", "Bao", "Khoa", "Dat", "Hoang", "Quan",
]
VIETNAMESE_GIVEN_FEMALE = [
    "Linh", "Hoa", "Lan", "Mai", "Phuong", "Trang", "Thao", "Huong", "Hanh", "Ha", "Yen",
    "Ngoc", "Anh", "Thuy", "Hang", "Nhung", "Van", "Nga", "Tuyet", "Dung", "Hien", "Thu",
    "Quynh", "Vy", "Chi",
]

# Two-syllable Chinese given names written as one word in pinyin (Xiaoming), beside Faker's
# single-syllable ones.
CHINESE_GIVEN_SYLLABLES = [
    "wei", "fang", "min", "jing", "li", "qiang", "lei", "jun", "yang", "yong", "yan", "jie",
    "tao", "ming", "chao", "xiu", "ying", "hua", "hui", "gang", "ping", "hong", "xia", "dan",
    "hao", "yu", "xin", "kai", "bo", "peng", "fei", "lin", "mei", "ting", "xue", "jian", "zhi",
    "wen", "feng", "long", "hai", "jia", "qing", "rui", "xiao", "zi", "han", "yi", "chen",
]
# The most common Chinese family names, in Han characters and pinyin: they cover about 40% of
# people, so they are boosted over Faker's uniform pools.
CHINESE_COMMON_FAMILY = {
    "王": "Wang", "李": "Li", "张": "Zhang", "刘": "Liu", "陈": "Chen", "杨": "Yang",
    "黄": "Huang", "赵": "Zhao", "吴": "Wu", "周": "Zhou",
}
