#include "sources/ofac_programs.h"

#include <utility>

namespace vigil::sources {
namespace {

constexpr std::pair<std::string_view, std::string_view> kPrograms[] = {
    {"SDGT", "E.O. 13224"},
    {"SDT", "E.O. 12947"},
    {"FTO", "Immigration and Nationality Act section 219"},
    {"IRAN", "Iranian Transactions and Sanctions Regulations, 31 CFR 560"},
    {"IRAN-HR", "E.O. 13553"},
    {"IRAN-TRA", "E.O. 13606"},
    {"IRAN-EO13846", "E.O. 13846"},
    {"IRAN-EO13871", "E.O. 13871"},
    {"IRAN-EO13876", "E.O. 13876"},
    {"IRAN-EO13902", "E.O. 13902"},
    {"IRAN-CON-ARMS-EO", "E.O. 13949"},
    {"IFSR", "Iranian Financial Sanctions Regulations, 31 CFR 561"},
    {"IRGC", "E.O. 13224; Iranian Financial Sanctions Regulations"},
    {"ISA", "Iran Sanctions Act of 1996"},
    {"HRIT-IR", "E.O. 13606"},
    {"HOSTAGES-EO14078", "E.O. 14078"},
    {"NPWMD", "E.O. 13382"},
    {"NS-PLC", "Palestinian Legislative Council (non-SDN), 31 CFR 594"},
    {"CYBER", "E.O. 13694"},
    {"CYBER2", "E.O. 13694 as amended by E.O. 13757"},
    {"CYBER3", "E.O. 14144"},
    {"SYRIA", "E.O. 13338; E.O. 13572; E.O. 13573; E.O. 13582"},
    {"SYRIA-EO13894", "E.O. 13894"},
    {"SYRIA-CAESAR", "Caesar Syria Civilian Protection Act of 2019"},
    {"CUBA", "Cuban Assets Control Regulations, 31 CFR 515"},
    {"DPRK", "E.O. 13382; E.O. 13687"},
    {"DPRK2", "E.O. 13687"},
    {"DPRK3", "E.O. 13722"},
    {"DPRK4", "E.O. 13810"},
    {"DPRK-NKSPEA", "North Korea Sanctions and Policy Enhancement Act of 2016"},
    {"NKSPEA", "North Korea Sanctions and Policy Enhancement Act of 2016"},
    {"SDNTK", "Foreign Narcotics Kingpin Designation Act"},
    {"SDNT", "E.O. 12978"},
    {"ILLICIT-DRUGS-EO14059", "E.O. 14059"},
    {"TCO", "E.O. 13581"},
    {"GLOMAG", "E.O. 13818 (Global Magnitsky)"},
    {"MAGNIT", "Sergei Magnitsky Rule of Law Accountability Act of 2012"},
    {"RUSSIA-EO14024", "E.O. 14024"},
    {"UKRAINE-EO13660", "E.O. 13660"},
    {"UKRAINE-EO13661", "E.O. 13661"},
    {"UKRAINE-EO13662", "E.O. 13662"},
    {"UKRAINE-EO13685", "E.O. 13685"},
    {"CAATSA - RUSSIA", "Countering America's Adversaries Through Sanctions Act, title II"},
    {"CAATSA - IRAN", "Countering America's Adversaries Through Sanctions Act, title I"},
    {"BELARUS", "E.O. 13405"},
    {"BELARUS-EO14038", "E.O. 14038"},
    {"VENEZUELA", "E.O. 13692"},
    {"VENEZUELA-EO13850", "E.O. 13850"},
    {"VENEZUELA-EO13884", "E.O. 13884"},
    {"NICARAGUA", "E.O. 13851"},
    {"NICARAGUA-NHRAA", "Nicaragua Human Rights and Anticorruption Act of 2018"},
    {"BURMA-EO14014", "E.O. 14014"},
    {"SOMALIA", "E.O. 13536"},
    {"SUDAN-EO14098", "E.O. 14098"},
    {"SOUTH SUDAN", "E.O. 13664"},
    {"CAR", "E.O. 13667"},
    {"DRCONGO", "E.O. 13413"},
    {"LIBYA2", "E.O. 13566"},
    {"LIBYA3", "E.O. 13726"},
    {"YEMEN", "E.O. 13611"},
    {"IRAQ2", "E.O. 13315"},
    {"IRAQ3", "E.O. 13438"},
    {"LEBANON", "E.O. 13441"},
    {"BALKANS", "E.O. 13304"},
    {"BALKANS-EO14033", "E.O. 14033"},
    {"ZIMBABWE", "E.O. 13288"},
    {"MALI-EO13882", "E.O. 13882"},
    {"HK-EO13936", "E.O. 13936"},
    {"CMIC-EO13959", "E.O. 13959 as amended by E.O. 14032"},
    {"ELECTION-EO13848", "E.O. 13848"},
    {"PAARSSR-EO13894", "E.O. 13894"},
    {"ETHIOPIA-EO14046", "E.O. 14046"},
    {"HRIT-SY", "E.O. 13606"},
    {"SSIDES", "E.O. 14115"},
    {"FTO-SDGT", "E.O. 13224; INA section 219"},
};

}  // namespace

std::string_view ofac_program_legal_basis(std::string_view program) {
  for (const auto& [code, basis] : kPrograms) {
    if (code == program) return basis;
  }
  return {};
}

}  // namespace vigil::sources
