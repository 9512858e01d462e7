#include "tools/import_command.h"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "eval/importers.h"
#include "nlohmann/json.hpp"
#include "pipeline/strings.h"
#include "tools/common.h"
#include "tools/output_file.h"

namespace casus {
namespace fs = std::filesystem;
namespace {

bool Slurp(const std::string& path, std::string* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::stringstream ss;
  ss << in.rdbuf();
  *out = ss.str();
  return true;
}

absl::Status WriteCorpus(const std::string& dir, const std::string& name,
                         const eval::ImportedCorpus& c, int part, int holdout) {
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (ec) return absl::UnavailableError(StrCat(dir, ": ", ec.message()));
  OutputFile docs, gold;
  absl::Status s = docs.Open(StrCat(dir, "/", name, ".jsonl"));
  if (s.ok() && !c.gold.empty()) s = gold.Open(StrCat(dir, "/", name, ".gold.jsonl"));
  if (!s.ok()) return s;
  size_t written = 0;
  for (size_t i = 0; i < c.docs.size(); ++i) {
    bool held = eval::InHoldout(c.docs[i].id, holdout);
    if (part == 1 && held) continue;   // tune part
    if (part == 2 && !held) continue;  // holdout part
    nlohmann::ordered_json j = {{"id", c.docs[i].id}, {"text", c.docs[i].text}};
    s = docs.Write(j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n");
    if (s.ok() && !c.gold.empty()) s = gold.Write(eval::EvalDocToJson(c.gold[i]) + "\n");
    if (!s.ok()) return s;
    ++written;
  }
  s = docs.Commit();
  if (s.ok() && !c.gold.empty()) s = gold.Commit();
  if (s.ok()) {
    std::fprintf(stderr, "casus: wrote %zu documents to %s/%s.jsonl%s\n", written,
                 dir.c_str(), name.c_str(), c.gold.empty() ? "" : " (+ .gold.jsonl)");
  }
  return s;
}

}  // namespace

int RunImport(const ImportOptions& o) {
  std::string input;
  if (!Slurp(o.input, &input)) {
    ReportError(o.input, "cannot read");
    return kExitUsage;
  }
  std::string name = o.name.empty() ? fs::path(o.input).stem().string() : o.name;
  absl::StatusOr<eval::ImportedCorpus> corpus;
  if (o.format == "cnc") {
    std::string grouped;
    if (!o.grouped.empty() && !Slurp(o.grouped, &grouped)) {
      ReportError(o.grouped, "cannot read");
      return kExitUsage;
    }
    corpus = eval::ImportCnc(input, o.input, grouped, o.grouped);
  } else if (o.format == "conll") {
    std::string map;
    if (o.map.empty() || !Slurp(o.map, &map)) {
      ReportError(o.map, "cannot read the type map (--map)");
      return kExitUsage;
    }
    corpus = eval::ImportConll(input, o.input, map, o.map, name);
  } else {
    ReportError("", StrCat("import: unknown format '", o.format, "' (cnc or conll)"));
    return kExitUsage;
  }
  if (!corpus.ok()) {
    ReportError("", FromAbsl(corpus.status().message()));
    return kExitUsage;
  }
  for (const std::string& w : corpus->warnings) ReportWarning(o.input, w);
  absl::Status s;
  if (o.holdout > 0) {
    s = WriteCorpus(o.out_dir + "/tune", name, *corpus, 1, o.holdout);
    if (s.ok()) s = WriteCorpus(o.out_dir + "/holdout", name, *corpus, 2, o.holdout);
  } else {
    s = WriteCorpus(o.out_dir, name, *corpus, 0, 0);
  }
  if (!s.ok()) {
    ReportError("", FromAbsl(s.message()));
    return kExitFailed;
  }
  return kExitOk;
}

}  // namespace casus
