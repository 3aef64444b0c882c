#include "model/entity_codec.h"

namespace vigil::model {
namespace {

// A list of records: a count (at least one byte each), then each record.
template <typename T, typename Write>
void write_list(BinaryWriter& out, const std::vector<T>& items, Write&& write_item) {
  out.put<uint64_t>(items.size());
  for (const T& item : items) write_item(item);
}

template <typename T, typename Read>
bool read_list(BinaryReader& in, std::vector<T>& items, Read&& read_item) {
  uint64_t count = 0;
  if (!in.get_count(count, 1)) return false;
  items.resize(count);
  for (T& item : items) {
    if (!read_item(item)) return false;
  }
  return true;
}

void write_date(BinaryWriter& out, const PartialDate& date) {
  out.put(date.year);
  out.put(date.month);
  out.put(date.day);
}

bool read_date(BinaryReader& in, PartialDate& date) {
  return in.get(date.year) && in.get(date.month) && in.get(date.day);
}

void write_name(BinaryWriter& out, const Name& name) {
  out.put_string(name.full);
  out.put_string(name.parts.title);
  out.put_string(name.parts.given);
  out.put_string(name.parts.middle);
  out.put_string(name.parts.patronymic);
  out.put_string(name.parts.family);
  out.put(name.kind);
  out.put_string(name.script);
  out.put_string(name.language);
}

bool read_name(BinaryReader& in, Name& name) {
  return in.get_string(name.full) && in.get_string(name.parts.title) &&
         in.get_string(name.parts.given) && in.get_string(name.parts.middle) &&
         in.get_string(name.parts.patronymic) && in.get_string(name.parts.family) &&
         in.get_enum(name.kind, NameKind::kNativeScript) && in.get_string(name.script) &&
         in.get_string(name.language);
}

void write_date_value(BinaryWriter& out, const DateValue& date) {
  write_date(out, date.from);
  write_date(out, date.to);
  out.put<uint8_t>(date.circa ? 1 : 0);
  out.put_string(date.original);
}

bool read_date_value(BinaryReader& in, DateValue& date) {
  uint8_t circa = 0;
  if (!read_date(in, date.from) || !read_date(in, date.to) || !in.get(circa)) return false;
  if (circa > 1) return in.fail();
  date.circa = circa == 1;
  return in.get_string(date.original);
}

void write_address(BinaryWriter& out, const Address& a) {
  for (const std::string* part :
       {&a.street, &a.city, &a.region, &a.postal_code, &a.country, &a.country_name, &a.note}) {
    out.put_string(*part);
  }
}

bool read_address(BinaryReader& in, Address& a) {
  for (std::string* part :
       {&a.street, &a.city, &a.region, &a.postal_code, &a.country, &a.country_name, &a.note}) {
    if (!in.get_string(*part)) return false;
  }
  return true;
}

void write_identifier(BinaryWriter& out, const Identifier& id) {
  out.put(id.type);
  for (const std::string* part :
       {&id.label, &id.value, &id.normalised, &id.country, &id.issued, &id.expires, &id.note}) {
    out.put_string(*part);
  }
}

bool read_identifier(BinaryReader& in, Identifier& id) {
  if (!in.get_enum(id.type, IdentifierType::kDriverLicense)) return false;
  for (std::string* part :
       {&id.label, &id.value, &id.normalised, &id.country, &id.issued, &id.expires, &id.note}) {
    if (!in.get_string(*part)) return false;
  }
  return true;
}

void write_sanction(BinaryWriter& out, const Sanction& s) {
  for (const std::string* part :
       {&s.authority, &s.program, &s.legal_basis, &s.listed_on, &s.reason}) {
    out.put_string(*part);
  }
}

bool read_sanction(BinaryReader& in, Sanction& s) {
  for (std::string* part : {&s.authority, &s.program, &s.legal_basis, &s.listed_on, &s.reason}) {
    if (!in.get_string(*part)) return false;
  }
  return true;
}

void write_relation(BinaryWriter& out, const Relation& r) {
  out.put(r.kind);
  out.put_string(r.target_id);
  out.put_string(r.target_name);
  out.put<uint8_t>(r.share_percent ? 1 : 0);
  if (r.share_percent) out.put(*r.share_percent);
}

bool read_relation(BinaryReader& in, Relation& r) {
  uint8_t has_share = 0;
  if (!in.get_enum(r.kind, RelationKind::kDirectorOf) || !in.get_string(r.target_id) ||
      !in.get_string(r.target_name) || !in.get(has_share)) {
    return false;
  }
  if (has_share > 1) return in.fail();
  if (has_share == 0) return true;
  double share = 0;
  if (!in.get(share)) return false;
  r.share_percent = share;
  return true;
}

}  // namespace

void write_entity(BinaryWriter& out, const Entity& e) {
  out.put_string(e.id);
  out.put_string(e.dataset);
  out.put_string(e.source_id);
  out.put(e.schema);
  write_list(out, e.names, [&](const Name& n) { write_name(out, n); });
  write_list(out, e.birth_dates, [&](const DateValue& d) { write_date_value(out, d); });
  out.put_strings(e.birth_places);
  out.put_strings(e.nationalities);
  out.put_strings(e.citizenships);
  out.put_strings(e.countries);
  out.put(e.gender);
  write_list(out, e.addresses, [&](const Address& a) { write_address(out, a); });
  write_list(out, e.identifiers, [&](const Identifier& i) { write_identifier(out, i); });
  write_list(out, e.sanctions, [&](const Sanction& s) { write_sanction(out, s); });
  write_list(out, e.relations, [&](const Relation& r) { write_relation(out, r); });
  write_list(out, e.properties, [&](const Property& p) {
    out.put_string(p.key);
    out.put_string(p.value);
  });
  out.put_string(e.remarks);
  out.put(e.content_hash);
}

bool read_entity(BinaryReader& in, Entity& e) {
  return in.get_string(e.id) && in.get_string(e.dataset) && in.get_string(e.source_id) &&
         in.get_enum(e.schema, Schema::kAircraft) &&
         read_list(in, e.names, [&](Name& n) { return read_name(in, n); }) &&
         read_list(in, e.birth_dates, [&](DateValue& d) { return read_date_value(in, d); }) &&
         in.get_strings(e.birth_places) && in.get_strings(e.nationalities) &&
         in.get_strings(e.citizenships) && in.get_strings(e.countries) &&
         in.get_enum(e.gender, Gender::kFemale) &&
         read_list(in, e.addresses, [&](Address& a) { return read_address(in, a); }) &&
         read_list(in, e.identifiers, [&](Identifier& i) { return read_identifier(in, i); }) &&
         read_list(in, e.sanctions, [&](Sanction& s) { return read_sanction(in, s); }) &&
         read_list(in, e.relations, [&](Relation& r) { return read_relation(in, r); }) &&
         read_list(in, e.properties,
                   [&](Property& p) { return in.get_string(p.key) && in.get_string(p.value); }) &&
         in.get_string(e.remarks) && in.get(e.content_hash);
}

void write_dataset_info(BinaryWriter& out, const DatasetInfo& info) {
  for (const std::string* part :
       {&info.id, &info.title, &info.authority, &info.publication_date, &info.note}) {
    out.put_string(*part);
  }
  out.put(info.kind);
  write_list(out, info.files, [&](const SourceFile& f) {
    out.put_string(f.path);
    out.put_string(f.format);
    out.put(f.bytes);
    out.put_string(f.sha256);
  });
  out.put(info.entity_count);
  out.put(info.skipped_records);
  out.put(info.load_seconds);
}

bool read_dataset_info(BinaryReader& in, DatasetInfo& info) {
  for (std::string* part :
       {&info.id, &info.title, &info.authority, &info.publication_date, &info.note}) {
    if (!in.get_string(*part)) return false;
  }
  return in.get_enum(info.kind, DatasetKind::kAllow) &&
         read_list(in, info.files,
                   [&](SourceFile& f) {
                     return in.get_string(f.path) && in.get_string(f.format) && in.get(f.bytes) &&
                            in.get_string(f.sha256);
                   }) &&
         in.get(info.entity_count) && in.get(info.skipped_records) && in.get(info.load_seconds);
}

}  // namespace vigil::model
