#include "screen/entity_filter.h"

#include <algorithm>

#include "model/ascii.h"

namespace vigil::screen {
namespace {

uint32_t number_of(std::unordered_map<std::string, uint32_t>& numbers,
                   std::vector<std::string>& names, const std::string& name) {
  const auto [it, added] =
      numbers.emplace(model::lower(name), static_cast<uint32_t>(numbers.size()));
  if (added) names.push_back(name);
  return it->second;
}

std::string joined_sorted(std::vector<std::string> names) {
  std::sort(names.begin(), names.end());
  std::string out;
  for (const std::string& name : names) out += (out.empty() ? "" : ", ") + name;
  return out;
}

}  // namespace

EntityCatalog::EntityCatalog(const std::vector<std::shared_ptr<const Entity>>& entities) {
  dataset_of_.reserve(entities.size());
  programs_begin_.reserve(entities.size() + 1);
  for (const auto& entity : entities) {
    dataset_of_.push_back(number_of(dataset_numbers_, dataset_names_, entity->dataset));
    programs_begin_.push_back(static_cast<uint32_t>(programs_.size()));
    for (const Sanction& sanction : entity->sanctions) {
      if (sanction.program.empty()) continue;
      const uint32_t program = number_of(program_numbers_, program_names_, sanction.program);
      const auto begin = programs_.begin() + programs_begin_.back();
      if (std::find(begin, programs_.end(), program) == programs_.end()) {
        programs_.push_back(program);
      }
    }
  }
  programs_begin_.push_back(static_cast<uint32_t>(programs_.size()));
}

Result<std::vector<bool>> EntityCatalog::flags(
    const std::vector<std::string>& names, const std::unordered_map<std::string, uint32_t>& known,
    std::string_view what) const {
  std::vector<bool> out(known.size(), false);
  for (const std::string& name : names) {
    const auto it = known.find(model::lower(model::trim(name)));
    if (it == known.end()) {
      const auto& all = what == "dataset" ? dataset_names_ : program_names_;
      std::string message = "no loaded entity is in " + std::string(what) + " '" + name + "'";
      if (what == "dataset") message += "; loaded datasets: " + joined_sorted(all);
      return make_error(ErrorCode::kInvalidArgument, message);
    }
    out[it->second] = true;
  }
  return out;
}

Result<EntityFilter> EntityCatalog::resolve(const ListSelection& spec) const {
  EntityFilter filter;
  if (spec.empty()) return filter;
  filter.catalog_ = this;
  if (spec.datasets.empty()) {
    filter.dataset_allowed_.assign(dataset_names_.size(), true);
  } else {
    auto included = flags(spec.datasets, dataset_numbers_, "dataset");
    if (!included.ok()) return included.error();
    filter.dataset_allowed_ = std::move(included.value());
  }
  auto excluded = flags(spec.exclude_datasets, dataset_numbers_, "dataset");
  if (!excluded.ok()) return excluded.error();
  for (size_t d = 0; d < excluded->size(); ++d) {
    if ((*excluded)[d]) filter.dataset_allowed_[d] = false;
  }
  if (!spec.programs.empty()) {
    auto included = flags(spec.programs, program_numbers_, "program");
    if (!included.ok()) return included.error();
    filter.program_included_ = std::move(included.value());
  }
  if (!spec.exclude_programs.empty()) {
    auto excluded_programs = flags(spec.exclude_programs, program_numbers_, "program");
    if (!excluded_programs.ok()) return excluded_programs.error();
    filter.program_excluded_ = std::move(excluded_programs.value());
  }
  return filter;
}

bool EntityFilter::allows(uint32_t entity) const {
  if (catalog_ == nullptr) return true;
  if (!dataset_allowed_[catalog_->dataset_of_[entity]]) return false;
  const auto begin = catalog_->programs_.begin() + catalog_->programs_begin_[entity];
  const auto end = catalog_->programs_.begin() + catalog_->programs_begin_[entity + 1];
  if (!program_included_.empty() &&
      std::none_of(begin, end, [this](uint32_t p) { return program_included_[p]; })) {
    return false;
  }
  if (!program_excluded_.empty() && begin != end &&
      std::all_of(begin, end, [this](uint32_t p) { return program_excluded_[p]; })) {
    return false;
  }
  return true;
}

void EntityCatalog::write(model::BinaryWriter& out) const {
  out.put_strings(dataset_names_);
  out.put_strings(program_names_);
  out.put_array(dataset_of_);
  out.put_array(programs_begin_);
  out.put_array(programs_);
}

Result<EntityCatalog> EntityCatalog::read(model::BinaryReader& in) {
  EntityCatalog catalog;
  if (!in.get_strings(catalog.dataset_names_) || !in.get_strings(catalog.program_names_) ||
      !in.get_array(catalog.dataset_of_) || !in.get_array(catalog.programs_begin_) ||
      !in.get_array(catalog.programs_)) {
    return in.error("entity catalog");
  }
  const auto inconsistent = [] {
    return make_error(ErrorCode::kMalformed, "entity catalog is inconsistent");
  };
  const auto& begin = catalog.programs_begin_;
  if (begin.size() != catalog.dataset_of_.size() + 1 || begin.back() != catalog.programs_.size()) {
    return inconsistent();
  }
  for (size_t e = 0; e + 1 < begin.size(); ++e) {
    if (begin[e] > begin[e + 1]) return inconsistent();
  }
  for (uint32_t d : catalog.dataset_of_) {
    if (d >= catalog.dataset_names_.size()) return inconsistent();
  }
  for (uint32_t p : catalog.programs_) {
    if (p >= catalog.program_names_.size()) return inconsistent();
  }
  for (uint32_t d = 0; d < catalog.dataset_names_.size(); ++d) {
    if (!catalog.dataset_numbers_.emplace(model::lower(catalog.dataset_names_[d]), d).second) {
      return inconsistent();
    }
  }
  for (uint32_t p = 0; p < catalog.program_names_.size(); ++p) {
    if (!catalog.program_numbers_.emplace(model::lower(catalog.program_names_[p]), p).second) {
      return inconsistent();
    }
  }
  return catalog;
}

}  // namespace vigil::screen
