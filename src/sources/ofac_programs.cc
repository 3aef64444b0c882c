#include "sources/ofac_programs.h"

#include <array>
#include <cctype>
#include <utility>

namespace vigil::sources {
namespace {

// Program tags as the SDN and consolidated lists write them, with the order or statute each
// program page names first.
constexpr auto kPrograms = std::to_array<std::pair<std::string_view, std::string_view>>({
    {"561-Related", "Iranian Financial Sanctions Regulations, 31 CFR 561.201"},
    {"BALKANS", "E.O. 13219 as amended by E.O. 13304"},
    {"BALKANS-EO14033", "E.O. 14033"},
    {"BELARUS", "E.O. 13405"},
    {"BELARUS-EO14038", "E.O. 14038"},
    {"BURMA-EO14014", "E.O. 14014"},
    {"BURUNDI", "E.O. 13712"},
    {"CAATSA - IRAN", "Countering America's Adversaries Through Sanctions Act, title I"},
    {"CAATSA - RUSSIA", "Countering America's Adversaries Through Sanctions Act, title II"},
    {"CAR", "E.O. 13667"},
    {"CMIC-EO13959", "E.O. 13959 as amended by E.O. 14032"},
    {"CUBA", "Cuban Assets Control Regulations, 31 CFR 515"},
    {"CYBER", "E.O. 13694"},
    {"CYBER2", "E.O. 13694 as amended by E.O. 13757"},
    {"CYBER3", "E.O. 14144"},
    {"DARFUR", "E.O. 13400"},
    {"DPRK", "E.O. 13551"},
    {"DPRK-NKSPEA", "North Korea Sanctions and Policy Enhancement Act of 2016"},
    {"DPRK2", "E.O. 13687"},
    {"DPRK3", "E.O. 13722"},
    {"DPRK4", "E.O. 13810"},
    {"DRCONGO", "E.O. 13413"},
    {"ELECTION-EO13848", "E.O. 13848"},
    {"ETHIOPIA-EO14046", "E.O. 14046"},
    {"FSE-IR", "E.O. 13608"},
    {"FSE-SY", "E.O. 13608"},
    {"FTO", "Immigration and Nationality Act, section 219"},
    {"GLOMAG", "E.O. 13818"},
    {"HIFPAA", "Hizballah International Financing Prevention Amendments Act of 2018"},
    {"HK-EO13936", "E.O. 13936"},
    {"HOSTAGES-EO14078", "E.O. 14078"},
    {"HRIT-IR", "E.O. 13606"},
    {"HRIT-SY", "E.O. 13606"},
    {"IFCA", "Iran Freedom and Counter-Proliferation Act of 2012"},
    {"IFSR", "Iranian Financial Sanctions Regulations, 31 CFR 561"},
    {"ILLICIT-DRUGS-EO14059", "E.O. 14059"},
    {"IRAN", "Iranian Transactions and Sanctions Regulations, 31 CFR 560"},
    {"IRAN-CON-ARMS-EO", "E.O. 13949"},
    {"IRAN-EO13846", "E.O. 13846"},
    {"IRAN-EO13871", "E.O. 13871"},
    {"IRAN-EO13876", "E.O. 13876"},
    {"IRAN-EO13902", "E.O. 13902"},
    {"IRAN-HR", "E.O. 13553"},
    {"IRAN-TRA", "E.O. 13628"},
    {"IRAQ2", "E.O. 13315"},
    {"IRAQ3", "E.O. 13438"},
    {"IRGC", "E.O. 13224"},
    {"ISA", "Iran Sanctions Act of 1996"},
    {"LEBANON", "E.O. 13441"},
    {"LIBYA2", "E.O. 13566"},
    {"LIBYA3", "E.O. 13726"},
    {"MAGNIT", "Sergei Magnitsky Rule of Law Accountability Act of 2012"},
    {"MALI-EO13882", "E.O. 13882"},
    {"NICARAGUA", "E.O. 13851"},
    {"NICARAGUA-NHRAA", "Nicaragua Human Rights and Anticorruption Act of 2018"},
    {"NPWMD", "E.O. 13382"},
    {"NS-PLC", "Global Terrorism Sanctions Regulations, 31 CFR 594"},
    {"PAARSSR-EO13894", "E.O. 13894"},
    {"PEESA", "Protecting Europe's Energy Security Act of 2019"},
    {"RUSSIA-EO14024", "E.O. 14024"},
    {"SDGT", "E.O. 13224"},
    {"SDNT", "E.O. 12978"},
    {"SDNTK", "Kingpin Act"},
    {"SDT", "E.O. 12947"},
    {"SOMALIA", "E.O. 13536"},
    {"SOUTH SUDAN", "E.O. 13664"},
    {"SUDAN-EO14098", "E.O. 14098"},
    {"SYRIA", "E.O. 13338; E.O. 13572; E.O. 13573; E.O. 13582"},
    {"SYRIA-CAESAR", "Caesar Syria Civilian Protection Act of 2019"},
    {"SYRIA-EO13894", "E.O. 13894"},
    {"TCO", "E.O. 13581"},
    {"UHRPA", "Uyghur Human Rights Policy Act of 2020"},
    {"UKRAINE-EO13660", "E.O. 13660"},
    {"UKRAINE-EO13661", "E.O. 13661"},
    {"UKRAINE-EO13662", "E.O. 13662"},
    {"UKRAINE-EO13685", "E.O. 13685"},
    {"VENEZUELA", "E.O. 13692"},
    {"VENEZUELA-EO13850", "E.O. 13850"},
    {"VENEZUELA-EO13884", "E.O. 13884"},
    {"YEMEN", "E.O. 13611"},
    {"ZIMBABWE", "E.O. 13288"},
});

}  // namespace

std::string_view ofac_program_legal_basis(std::string_view program) {
  for (const auto& [code, basis] : kPrograms) {
    if (code == program) return basis;
  }
  return {};
}

std::string ofac_legal_basis(std::string_view program) {
  if (const std::string_view known = ofac_program_legal_basis(program); !known.empty()) {
    return std::string(known);
  }
  // "...-EO14039": the tag names its executive order.
  const size_t at = program.rfind("-EO");
  if (at == std::string_view::npos) return {};
  const std::string_view digits = program.substr(at + 3);
  if (digits.empty() || digits.find_first_not_of("0123456789") != std::string_view::npos) {
    return {};
  }
  return "E.O. " + std::string(digits);
}

}  // namespace vigil::sources
