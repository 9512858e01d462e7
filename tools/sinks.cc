#include "tools/sinks.h"

#include <algorithm>
#include <cstdio>

#include "absl/strings/str_format.h"
#include "absl/strings/str_join.h"
#include "pipeline/strings.h"
#include "tools/common.h"

namespace casus {

std::string ComposedSink::Render(const Document& doc) const {
  std::string line;
  if (render_) AppendDocumentJson(doc, layers_, &line);
  return line;
}

absl::Status ComposedSink::Write(const Document& doc, std::string rendered) {
  for (DocumentUse* use : uses_) {
    if (absl::Status s = use->Use(doc, rendered); !s.ok()) return s;
  }
  return absl::OkStatus();
}

absl::Status SkipFirst::Use(const Document& doc, std::string_view line) {
  if (skip_ > 0) {
    --skip_;
    return absl::OkStatus();
  }
  return use_->Use(doc, line);
}

absl::Status WriteLines::Use(const Document&, std::string_view line) {
  if (absl::Status s = out_->Write(line); !s.ok()) return s;
  if (source_ != nullptr && source_->Drained()) return out_->Flush();
  return absl::OkStatus();
}

absl::Status ReportProblems::Use(const Document& doc, std::string_view) {
  std::string_view where = doc.origin.empty() ? doc.id : doc.origin;
  for (const std::string& w : doc.warnings) ReportWarning(where, w);
  if (!doc.error.empty()) ReportError(where, doc.error);
  return absl::OkStatus();
}

absl::Status CollectClaims::Use(const Document& doc, std::string_view) {
  set_->Add(doc);
  return absl::OkStatus();
}

absl::Status KeepDocuments::Use(const Document& doc, std::string_view) {
  if (docs_.size() < max_) {
    docs_.push_back(std::make_unique<Document>(doc));
  } else {
    ++dropped_;
  }
  return absl::OkStatus();
}

std::vector<const Document*> KeepDocuments::kept() const {
  std::vector<const Document*> out;
  for (const auto& d : docs_) out.push_back(d.get());
  return out;
}

namespace {

std::string Clip(std::string_view s) {
  if (s.size() <= 60) return std::string(s);
  return StrCat(s.substr(0, 57), "...");
}

}  // namespace

absl::Status Digest::Use(const Document& doc, std::string_view) {
  for (const Entity& e : doc.entities) {
    ++entity_counts_[{EntityTypeName(e.type), e.norm}];
    ++type_counts_[EntityTypeName(e.type)];
  }
  for (const Claim& c : doc.claims) {
    if (claims_.size() >= 12) break;
    claims_.push_back(absl::StrFormat("  %-7s %-10s %s  --[%s]-->  %s", RelationName(c.relation),
                                      ModalityName(c.modality), Clip(doc.Text(c.cause)),
                                      doc.Text(c.trigger), Clip(doc.Text(c.effect))));
  }
  return absl::OkStatus();
}

void Digest::Print(uint64_t claims) const {
  std::fprintf(stderr, "\nEntities by type:");
  for (const auto& [type, n] : type_counts_) {
    std::fprintf(stderr, " %s %d", std::string(type).c_str(), n);
  }
  std::fprintf(stderr, "\n");
  std::vector<std::pair<int, std::string>> top;
  for (const auto& [key, n] : entity_counts_) {
    top.push_back({-n, StrCat(key.second, " (", key.first, ")")});
  }
  std::sort(top.begin(), top.end());
  std::vector<std::string> names;
  for (size_t i = 0; i < top.size() && i < 10; ++i) {
    names.push_back(StrCat(top[i].second, " x", -top[i].first));
  }
  if (!names.empty()) {
    std::fprintf(stderr, "Most mentioned: %s\n", absl::StrJoin(names, ", ").c_str());
  }
  std::fprintf(stderr, "Claims (%llu in all%s):\n", static_cast<unsigned long long>(claims),
               claims > claims_.size() ? ", first shown" : "");
  for (const std::string& c : claims_) std::fprintf(stderr, "%s\n", c.c_str());
}

}  // namespace casus
