#include "sources/au_dfat_entry.h"

#include <algorithm>
#include <cmath>
#include <set>
#include <utility>

#include "model/ascii.h"
#include "sources/au_dfat_text.h"
#include "sources/entity_support.h"
#include "sources/list_text.h"

namespace vigil::sources::au_dfat {
namespace {

using xlsx::Row;

constexpr std::string_view kAuthority = "Australia DFAT";
constexpr char kFieldSeparator = '\x1f';  // joins the cells of one multi-column fact

struct Header {
  Column column;
  std::string_view text;
};

// Where a column has had two headers, both are listed; the first found wins.
constexpr std::array<Header, kColumnCount + 1> kHeaders = {{
    {Column::kReference, "Reference"},
    {Column::kName, "Name of Individual or Entity"},
    {Column::kType, "Type"},
    {Column::kNameType, "Name Type"},
    {Column::kAliasStrength, "Alias Strength"},
    {Column::kBirthDate, "Date of Birth"},
    {Column::kBirthPlace, "Place of Birth"},
    {Column::kCitizenship, "Citizenship"},
    {Column::kAddress, "Address"},
    {Column::kAdditionalInformation, "Additional Information"},
    {Column::kListingInformation, "Listing Information"},
    {Column::kImoNumber, "IMO Number"},
    {Column::kCommittees, "Committees"},
    {Column::kControlDate, "Control Date"},
    {Column::kInstrument, "Instrument of Designation"},
    {Column::kInstrument, "Instrument of first designation"},
    {Column::kTargetedFinancialSanction, "Targeted Financial Sanction"},
    {Column::kTravelBan, "Travel Ban"},
    {Column::kArmsEmbargo, "Arms Embargo"},
    {Column::kMaritimeRestriction, "Maritime Restriction"},
}};

// The boolean columns that say which measures apply.
constexpr std::array<Column, 4> kMeasures = {Column::kTargetedFinancialSanction, Column::kTravelBan,
                                             Column::kArmsEmbargo, Column::kMaritimeRestriction};

std::string_view header_of(Column column) {
  return std::find_if(kHeaders.begin(), kHeaders.end(),
                      [column](const Header& h) { return h.column == column; })
      ->text;
}

Schema schema_of(std::string_view type) {
  if (type == "Individual") return Schema::kPerson;
  if (type == "Entity") return Schema::kOrganization;
  if (type == "Vessel") return Schema::kVessel;
  return Schema::kUnknown;
}

// "Primary Name", "Alias" (strength "Strong" or "Weak"), "Original Script".
std::optional<NameKind> kind_of(std::string_view name_type, std::string_view strength) {
  if (name_type == "Primary Name") return NameKind::kPrimary;
  if (name_type == "Original Script") return NameKind::kNativeScript;
  if (name_type == "Alias") return strength == "Weak" ? NameKind::kWeakAlias : NameKind::kAlias;
  return std::nullopt;
}

}  // namespace

Columns::Columns(const xlsx::Row& header) {
  const xlsx::ColumnMap map(header);
  for (const Header& entry : kHeaders) {
    std::optional<size_t>& index = index_[static_cast<size_t>(entry.column)];
    if (!index) index = map.find(entry.text);
  }
}

std::string Columns::text(const xlsx::Row& row, Column column) const {
  const std::optional<size_t> index = index_[static_cast<size_t>(column)];
  return index ? xlsx::cell_text(row, *index) : std::string();
}

const xlsx::Cell& Columns::cell(const xlsx::Row& row, Column column) const {
  const std::optional<size_t> index = index_[static_cast<size_t>(column)];
  return row.at(index.value_or(xlsx::kMaxColumns));
}

namespace {

class ReferenceReader {
 public:
  ReferenceReader(Entity& entity, ReferenceContext& context) : entity_(entity), context_(context) {}

  void read_names(std::span<const Row* const> rows) {
    std::vector<const Row*> ordered(rows.begin(), rows.end());
    std::stable_partition(ordered.begin(), ordered.end(), [this](const Row* row) {
      return text(*row, Column::kNameType) == "Primary Name";
    });
    bool has_primary = false;
    for (const Row* row : ordered) {
      Name name;
      name.full = text(*row, Column::kName);
      if (name.full.empty()) continue;
      name.script = dominant_script(name.full);
      const std::string name_type = text(*row, Column::kNameType);
      const std::optional<NameKind> kind = kind_of(name_type, text(*row, Column::kAliasStrength));
      if (!kind) context_.diagnostics.warn(*row, "unknown Name Type '" + name_type + "'");
      name.kind = kind.value_or(NameKind::kAlias);
      if (name.kind == NameKind::kPrimary && std::exchange(has_primary, true)) {
        name.kind = NameKind::kAlias;
      }
      add_name(std::move(name));
    }
    if (!has_primary) promote_first_latin_name();
  }

  void read_facts(const Row& row) {
    read_birth_dates(row);
    read_list(row, Column::kBirthPlace, entity_.birth_places);
    read_citizenship(row);
    read_addresses(row);
    read_additional_information(row);
    read_identifier(row, Column::kImoNumber, IdentifierType::kImo);
    read_sanction(row);
    read_control_date(row);
    for (Column measure : kMeasures) {
      if (text(row, measure) == "1") {
        add_unique_property(entity_, "sanction_measure", std::string(header_of(measure)));
      }
    }
  }

 private:
  [[nodiscard]] std::string text(const Row& row, Column column) const {
    return context_.columns.text(row, column);
  }

  bool is_new(Column column, const std::string& value) {
    return !value.empty() && seen_.emplace(column, value).second;
  }

  void add_name(Name name) {
    if (name.full.empty()) return;
    const bool known = std::any_of(entity_.names.begin(), entity_.names.end(),
                                   [&name](const Name& n) { return n.full == name.full; });
    if (!known) entity_.names.push_back(std::move(name));
  }

  void promote_first_latin_name() {
    const auto first = std::find_if(entity_.names.begin(), entity_.names.end(), [](const Name& n) {
      return n.kind != NameKind::kNativeScript;
    });
    if (first == entity_.names.end()) return;
    first->kind = NameKind::kPrimary;
    std::rotate(entity_.names.begin(), first, first + 1);
  }

  void add_date(const PartialDate& date, std::string original) {
    DateValue value;
    value.from = value.to = date;
    value.original = std::move(original);
    add_birth_date(entity_, std::move(value));
  }

  void read_birth_dates(const Row& row) {
    const xlsx::Cell& cell = context_.columns.cell(row, Column::kBirthDate);
    if (!is_new(Column::kBirthDate, cell.text)) return;
    if (const std::optional<PartialDate> date = xlsx::cell_date(cell, context_.date1904)) {
      add_date(*date, date->to_iso());
      return;
    }
    // Text, or a number in General format: a year.
    for (const std::string& piece : date_pieces(text(row, Column::kBirthDate))) {
      std::optional<DateValue> date = parse_day_first_birth_date(piece);
      if (date) {
        add_birth_date(entity_, std::move(*date));
        continue;
      }
      context_.diagnostics.warn(row, "unrecognised Date of Birth '" + piece + "' kept as text");
      add_unique_property(entity_, "birth_date", piece);
    }
  }

  void read_list(const Row& row, Column column, std::vector<std::string>& values) {
    const std::string value = text(row, column);
    if (!is_new(column, value)) return;
    for (std::string& item : enumerated_values(value)) append_unique(values, std::move(item));
  }

  // "Russia", "Russia, Ukraine", "Chad\n, Central African Republic"; unknown ones kept as text.
  void read_citizenship(const Row& row) {
    const std::string value = text(row, Column::kCitizenship);
    if (!is_new(Column::kCitizenship, value)) return;
    if (const std::string code = country_code_or_empty(value); !code.empty()) {
      append_unique(entity_.citizenships, code);
      return;
    }
    size_t start = 0;
    while (start <= value.size()) {
      const size_t end = std::min(value.find(',', start), value.size());
      const std::string country(model::trim(value.substr(start, end - start)));
      const std::string code = country_code_or_empty(country);
      if (code.empty()) {
        add_unique_property(entity_, "citizenship", country);
      } else {
        append_unique(entity_.citizenships, code);
      }
      start = end + 1;
    }
  }

  void read_addresses(const Row& row) {
    const std::string value = text(row, Column::kAddress);
    if (!is_new(Column::kAddress, value)) return;
    for (const std::string& item : enumerated_values(value)) {
      Address address = address_of(item);
      append_unique(entity_.countries, address.country);
      entity_.addresses.push_back(std::move(address));
    }
  }

  void read_additional_information(const Row& row) {
    const std::string value = text(row, Column::kAdditionalInformation);
    if (!is_new(Column::kAdditionalInformation, value)) return;
    entity_.remarks += (entity_.remarks.empty() ? "" : "\n") + value;
    std::string_view first(value);
    first = first.substr(0, first.find_first_of(" \n"));
    if (first.ends_with('.')) first.remove_suffix(1);
    if (is_un_reference(first)) {
      read_identifier_value(IdentifierType::kOther, "UN reference number", std::string(first));
      add_unique_property(entity_, "un_reference_number", std::string(first));
    }
    for (auto& [type, address] : web_addresses(value)) {
      read_identifier_value(type, type == IdentifierType::kEmail ? "Email" : "Website",
                            std::move(address));
    }
    // Vessels: "Previous names include ASHER".
    for (std::string_view prefix : {"Previous names includes ", "Previous names include "}) {
      if (entity_.schema != Schema::kVessel || !value.starts_with(prefix)) continue;
      Name former;
      former.full = std::string(model::trim(std::string_view(value).substr(prefix.size())));
      former.kind = NameKind::kFormer;
      former.script = dominant_script(former.full);
      add_name(std::move(former));
      break;
    }
  }

  void read_identifier_value(IdentifierType type, std::string_view label, std::string value) {
    for (const Identifier& known : entity_.identifiers) {
      if (known.type == type && known.value == value) return;
    }
    entity_.identifiers.push_back(make_identifier(type, std::string(label), std::move(value)));
  }

  void read_identifier(const Row& row, Column column, IdentifierType type) {
    const std::string value = text(row, column);
    if (is_new(column, value)) read_identifier_value(type, header_of(column), value);
  }

  void read_sanction(const Row& row) {
    const std::string committees = text(row, Column::kCommittees);
    const std::string instrument = text(row, Column::kInstrument);
    const std::string listing = text(row, Column::kListingInformation);
    if (!is_new(Column::kCommittees,
                committees + kFieldSeparator + instrument + kFieldSeparator + listing)) {
      return;
    }
    add_unique_property(entity_, "listing_information", listing);
    Sanction sanction;
    sanction.authority = std::string(kAuthority);
    sanction.program = committees;
    sanction.legal_basis = instrument;
    sanction.listed_on = listing_date(listing);
    for (Sanction& known : entity_.sanctions) {
      if (known.program != sanction.program || known.legal_basis != sanction.legal_basis) continue;
      if (known.listed_on.empty()) known.listed_on = sanction.listed_on;
      return;
    }
    entity_.sanctions.push_back(std::move(sanction));
  }

  void read_control_date(const Row& row) {
    const xlsx::Cell& cell = context_.columns.cell(row, Column::kControlDate);
    if (!is_new(Column::kControlDate, cell.text)) return;
    std::optional<PartialDate> date = xlsx::cell_date(cell, context_.date1904);
    if (!date) {
      if (const std::optional<double> serial = xlsx::cell_number(cell)) {
        date = xlsx::serial_date(*serial, context_.date1904);
      }
    }
    if (!date) {
      context_.diagnostics.warn(row, "unrecognised Control Date '" + cell.text + "'");
      return;
    }
    add_unique_property(entity_, "control_date", date->to_iso());
  }

  Entity& entity_;
  ReferenceContext& context_;
  std::set<std::pair<Column, std::string>> seen_;
};

}  // namespace

Entity read_reference(std::span<const Row* const> rows, std::string_view reference,
                      ReferenceContext& context) {
  Entity entity;
  entity.dataset = std::string(context.dataset_id);
  entity.source_id = std::string(reference);
  entity.id = entity.dataset + ":" + entity.source_id;
  for (const Row* row : rows) {
    entity.schema = schema_of(context.columns.text(*row, Column::kType));
    if (entity.schema != Schema::kUnknown) break;
  }
  ReferenceReader reader(entity, context);
  reader.read_names(rows);
  for (const Row* row : rows) reader.read_facts(*row);
  return entity;
}

}  // namespace vigil::sources::au_dfat
