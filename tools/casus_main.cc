// casus: the command-line front end. Each subcommand parses its flags here
// and calls a Run* function (tools/*_command.h) with a plain options struct;
// this is the only file that includes CLI11.
#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

#include "CLI/CLI.hpp"
#include "tools/common.h"
#include "tools/bench_command.h"
#include "tools/eval_command.h"
#include "tools/explain_command.h"
#include "tools/extract_command.h"
#include "tools/import_command.h"
#include "tools/merge_command.h"
#include "tools/report_command.h"
#include "tools/rules_command.h"
#include "tools/run_meta.h"
#include "tools/suggest.h"


namespace {

// A size: digits, an optional fraction, an optional unit (K, M, G, with or
// without B or iB; plain bytes otherwise). Throws CLI::ValidationError for
// anything else, zero, or more than 1 TiB.
uint64_t ParseSize(const std::string& s) {
  size_t i = 0;
  while (i < s.size() && ((s[i] >= '0' && s[i] <= '9') || s[i] == '.')) ++i;
  std::string number = s.substr(0, i), unit = s.substr(i);
  if (number.empty() || number.front() == '.' || number.back() == '.' ||
      number.find('.') != number.rfind('.')) {
    throw CLI::ValidationError("expected a size like 64M, not '" + s + "'");
  }
  uint64_t mult = 1;
  if (unit == "K" || unit == "KB" || unit == "KiB") mult = 1ull << 10;
  else if (unit == "M" || unit == "MB" || unit == "MiB") mult = 1ull << 20;
  else if (unit == "G" || unit == "GB" || unit == "GiB") mult = 1ull << 30;
  else if (!unit.empty() && unit != "B") throw CLI::ValidationError("bad size unit: " + unit);
  double v = std::stod(number) * static_cast<double>(mult);
  if (!(v >= 1) || v > static_cast<double>(1ull << 40)) {
    throw CLI::ValidationError("size out of range (1 byte to 1 TiB): " + s);
  }
  return static_cast<uint64_t>(v);
}

// A document count: digits only (no sign, no spaces).
uint64_t ParseCount(const std::string& s) {
  if (s.empty() || s.size() > 19 || s.find_first_not_of("0123456789") != std::string::npos) {
    throw CLI::ValidationError("expected a whole number, not '" + s + "'");
  }
  return std::stoull(s);
}

// Every subcommand's options, and the flags parsed into strings first.
struct Commands {
  casus::ExtractOptions extract;
  std::string max_doc = "64M", layers, range;
  casus::EvalOptions eval;
  casus::ImportOptions import;
  casus::ExplainOptions explain;
  casus::MergeOptions merge;
  casus::BenchOptions bench;
  std::string synthetic;
  casus::ReportCommandOptions report;
  casus::RulesCheckOptions rules_check;
  std::string check_rules_flag;  // rules check --rules (beside its DIR)
  casus::RulesClassesOptions rules_classes;
  CLI::App *extract_cmd, *eval_cmd, *import_cmd, *explain_cmd, *merge_cmd, *bench_cmd,
      *report_cmd, *check_cmd, *classes_cmd;
};

// A CLI11 parse error as "casus: message", and where to read more: the
// help of the innermost command given.
std::string FailureMessage(const CLI::App* app, const CLI::Error& e) {
  std::string path = "casus";
  for (const CLI::App* level = app; !level->get_subcommands().empty();) {
    level = level->get_subcommands().front();
    path += " " + level->get_name();
  }
  return "casus: " + casus::Printable(e.what()) + "\nRun '" + path +
         " --help' for more information.\n";
}

// The first word that is not an option names a command at each level that
// has subcommands; one that names none gets "did you mean" on standard
// error, and true is returned.
bool ReportUnknownCommand(const CLI::App& app, int argc, char** argv) {
  const CLI::App* level = &app;
  std::string parent;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "--") return false;
    if (!arg.empty() && arg[0] == '-') continue;
    std::vector<std::string> names;
    for (const CLI::App* sub : level->get_subcommands(nullptr)) {
      if (!sub->get_name().empty()) names.push_back(sub->get_name());
    }
    if (names.empty()) return false;
    if (std::find(names.begin(), names.end(), arg) == names.end()) {
      casus::ReportError("", casus::UnknownCommandMessage(parent, arg, names));
      return true;
    }
    level = level->get_subcommand(arg);
    parent += (parent.empty() ? "" : " ") + arg;
  }
  return false;
}

void AddExtract(CLI::App& app, Commands* c) {
  casus::ExtractOptions& o = c->extract;
  CLI::App* ex = c->extract_cmd = app.add_subcommand(
      "extract", "Extract entities and claims; JSON Lines out, one object per "
                 "document.");
  ex->add_option("inputs", o.inputs,
                 "Text files (.txt, .md), folders (recursive, sorted), .jsonl "
                 "files, or - for JSON Lines on standard input")
      ->required();
  ex->add_option("-o,--output", o.output,
                 "Output file (written atomically); default standard output");
  ex->add_option("--rules", o.rules_dir,
                 "Rules folder (default: $CASUS_RULES, or the bundled rules/)");
  ex->add_option("--profile", o.profile,
                 "Rule profile layered over the default rules (e.g. cnc)");
  ex->add_option("-j,--threads", o.threads,
                 "Worker threads (default: all cores); output is identical "
                 "for any count");
  ex->add_option("--layers", c->layers,
                 "Extra output layers for debugging, comma-separated: tokens, sentences");
  ex->add_option("--max-doc-bytes", c->max_doc,
                 "Documents larger than this fail with an error (default 64M)");
  ex->add_flag("-q,--quiet", o.quiet,
               "No progress line (shown on a terminal only) or summary");
  ex->add_option("--range", c->range,
                 "Only documents START:END of the input (0-based, END exclusive, "
                 "input order): one shard of a distributed run (docs/distributed.md)");
  ex->add_flag("--count", o.count, "Print the number of input documents and exit");
  ex->add_flag("--resume", o.resume,
               "Continue an interrupted run: keep the documents already in "
               "-o FILE (FILE.partial) and process the rest");
  ex->add_option("--claims-out", o.claims_out,
                 "Also write the normalized claim set (one record per claim "
                 "key, with its evidence) to this file");
  ex->add_option("--html", o.html_out,
                 "Also write the HTML report (documents, claim set, graph)");
  ex->add_flag("--summary", o.summary,
               "Print a readable digest of what was found on standard error");
  ex->add_flag("!--no-id-check", o.check_ids,
               "Do not fail duplicate document ids: memory then stays flat for "
               "any number of documents (the check keeps every id, about 20 bytes "
               "plus the id per document)");
}

void AddEval(CLI::App& app, Commands* c) {
  casus::EvalOptions& ev = c->eval;
  CLI::App* eval = c->eval_cmd = app.add_subcommand(
      "eval", "Score extraction against gold files (FORMAT.md scoring).");
  eval->add_option("corpora", ev.corpora,
                   "Corpus folders: texts next to *.gold.jsonl; the pipeline "
                   "is run on them");
  eval->add_option("--gold", ev.gold, "A gold JSON Lines file (with --pred)");
  eval->add_option("--pred", ev.pred,
                   "A prediction file (casus extract output) to score");
  eval->add_option("--rules", ev.rules_dir, "Rules folder");
  eval->add_option("--profile", ev.profile, "Rule profile (e.g. cnc)");
  eval->add_option("-j,--threads", ev.threads, "Worker threads");
  eval->add_option("--format", ev.format, "table (default) or json");
  eval->add_flag("--errors", ev.errors,
                 "List every error with its sentence, per-rule tables and misses");
  eval->add_option("--relation", ev.relation,
                   "exact (default) or any: score claims without the relation");
  eval->add_flag("--coarse", ev.coarse,
                 "Fold COUNTRY/CITY/REGION into LOC, ORGANIZATION into ORG, "
                 "PERSON into PER; drop other types");
  eval->add_option("--baseline", ev.baseline,
                   "An earlier --format json result: print each figure's change");
  eval->add_option("-o,--output", ev.output, "Write the report to a file");
  eval->add_option("--html", ev.html,
                   "Also write an HTML page with every error marked in its document");
  eval->add_option("--min-entity-f1", ev.min_entity_f1, "Exit 1 below this strict entity F1");
  eval->add_option("--min-norm-accuracy", ev.min_norm_accuracy, "Exit 1 below this norm accuracy");
  eval->add_option("--min-claim-f1", ev.min_claim_f1, "Exit 1 below this lenient claim F1");
  eval->add_option("--min-modality-accuracy", ev.min_modality_accuracy,
                   "Exit 1 below this modality accuracy");
  eval->add_option("--min-causal-f1", ev.min_causal_f1,
                   "Exit 1 below this causal-document F1");
  eval->add_option("--min-merge-recall", ev.min_merge_recall,
                   "Exit 1 below this claim-set merge recall");
  eval->add_option("--min-grounding-accuracy", ev.min_grounding_accuracy,
                   "Exit 1 below this grounding accuracy (gold concept labels)");
}

void AddImport(CLI::App& app, Commands* c) {
  casus::ImportOptions& imp = c->import;
  CLI::App* import = c->import_cmd = app.add_subcommand(
      "import", "Convert an annotated dataset to a corpus folder for casus eval.");
  import->add_option("format", imp.format, "cnc (Causal News Corpus) or conll (IOB2)")
      ->required();
  import->add_option("input", imp.input,
                     "CNC subtask 1 CSV (index,text[,label]) or the CoNLL file")
      ->required();
  import->add_option("-o,--output,--out", imp.out_dir, "Output folder (--out: the old name)")
      ->required();
  import->add_option("--grouped", imp.grouped,
                     "CNC: subtask 2 grouped CSV whose relations become claims");
  import->add_option("--map", imp.map, "CoNLL: type map file (their_type: OUR_TYPE)");
  import->add_option("--name", imp.name, "File stem (default: the input's name)");
  import->add_option("--holdout", imp.holdout,
                     "Percent of documents (stable hash of the id) written to "
                     "OUT/holdout; the rest to OUT/tune");
}

void AddExplainAndMerge(CLI::App& app, Commands* c) {
  CLI::App* ex_cmd = c->explain_cmd = app.add_subcommand(
      "explain", "Show tokens, entities, rule candidates and claims for a text.");
  ex_cmd->add_option("text", c->explain.text, "The text (- for standard input)")->required();
  ex_cmd->add_option("--rules", c->explain.rules_dir, "Rules folder");
  ex_cmd->add_option("--profile", c->explain.profile, "Rule profile");

  CLI::App* merge_cmd = c->merge_cmd = app.add_subcommand(
      "merge", "Merge claim sets (casus extract --claims-out), or export one.");
  merge_cmd
      ->add_option("inputs", c->merge.inputs,
                   "Claim set files; - (once) reads one from standard input")
      ->required();
  merge_cmd->add_option("-o,--output", c->merge.output, "Output file (default standard output)");
  merge_cmd->add_option("--format", c->merge.format,
                        "jsonl (default, mergeable), json, csv, dot or graphml");
  merge_cmd
      ->add_option("--level", c->merge.level,
                   "Aggregate at: fine (default: concepts, directions, qualifiers) or concept "
                   "(concepts and relation; not mergeable again)")
      ->check(CLI::IsMember({"fine", "concept"}));
}

void AddBench(CLI::App& app, Commands* c) {
  casus::BenchOptions& bench = c->bench;
  CLI::App* bench_cmd = c->bench_cmd = app.add_subcommand(
      "bench", "Measure throughput, per-stage time, memory and thread scaling.");
  bench_cmd->add_option("inputs", bench.inputs, "Corpus: files, folders, .jsonl");
  bench_cmd->add_option("--synthetic", c->synthetic,
                        "Generate SIZE of policy-style prose instead (e.g. 100M)");
  bench_cmd->add_option("--seed", bench.seed, "Seed of the synthetic corpus (default 1)");
  bench_cmd->add_option("-j,--threads", bench.max_threads,
                        "Most threads to measure (default: all cores)");
  bench_cmd->add_flag("!--no-scaling", bench.scaling,
                      "Only the largest thread count, no 1..N table");
  bench_cmd
      ->add_option("--repeat", bench.repeat,
                   "Rounds over the thread counts, interleaved; each figure is the "
                   "median run (default 1)")
      ->check(CLI::Range(1, 1000));
  bench_cmd->add_option("--rules", bench.rules_dir, "Rules folder");
  bench_cmd->add_option("--profile", bench.profile, "Rule profile");
  bench_cmd->add_option("--format", bench.format, "table (default) or json");
}

void AddReport(CLI::App& app, Commands* c) {
  casus::ReportCommandOptions& report = c->report;
  CLI::App* report_cmd = c->report_cmd = app.add_subcommand(
      "report", "Write a self-contained HTML page: documents with highlighted "
                "evidence, the claim set and the causal graph.");
  report_cmd->add_option("inputs", report.inputs, "Files, folders, .jsonl or -")->required();
  report_cmd->add_option("-o,--output", report.output, "HTML file (default report.html)");
  report_cmd->add_option("--title", report.title, "Page title");
  report_cmd->add_option("--rules", report.rules_dir, "Rules folder");
  report_cmd->add_option("--profile", report.profile, "Rule profile");
  report_cmd->add_option("-j,--threads", report.threads, "Worker threads");
  report_cmd->add_option("--max-docs", report.max_documents,
                         "Documents shown in the page (default 5000; the claim set "
                         "covers all)");
}

void AddRules(CLI::App& app, Commands* c) {
  CLI::App* rules = app.add_subcommand("rules", "Work with rule files.");
  rules->require_subcommand(1);
  CLI::App* check = c->check_cmd = rules->add_subcommand(
      "check", "Validate a rules folder (every error, FILE:LINE:COLUMN) and run "
               "the examples its files carry.");
  check->add_option("dir", c->rules_check.rules_dir,
                    "Rules folder (default: $CASUS_RULES, or the bundled rules/)");
  check->add_option("--rules", c->check_rules_flag, "Rules folder (the same as DIR)");
  check->add_option("--profile", c->rules_check.profile, "Also load this profile");
  check->add_flag("-q,--quiet", c->rules_check.quiet, "Print errors only");
  CLI::App* classes = c->classes_cmd = rules->add_subcommand(
      "classes", "List the word classes patterns can use: each @class with its "
                 "word count and where it is defined, then the built-in ones.");
  classes->add_option("--rules", c->rules_classes.rules_dir,
                      "Rules folder (default: $CASUS_RULES, or the bundled rules/)");
  classes->add_option("--profile", c->rules_classes.profile, "Also load this profile");
}

// extract's flags parsed from strings; false (the error reported) when one
// is malformed.
bool FinishExtract(Commands* c) {
  casus::ExtractOptions& extract = c->extract;
  const std::string& layers = c->layers;
  for (size_t b = 0; !layers.empty() && b <= layers.size();) {
    size_t e = std::min(layers.find(',', b), layers.size());
    extract.layers.push_back(layers.substr(b, e - b));
    b = e + 1;
  }
  try {
    extract.max_document_bytes = ParseSize(c->max_doc);
  } catch (const std::exception& e) {
    casus::ReportError("", std::string("--max-doc-bytes: ") + e.what());
    return false;
  }
  if (c->range.empty()) return true;
  size_t colon = c->range.find(':');
  try {
    if (colon == std::string::npos) throw std::invalid_argument("no colon");
    if (colon > 0) extract.range_begin = ParseCount(c->range.substr(0, colon));
    if (colon + 1 < c->range.size()) extract.range_end = ParseCount(c->range.substr(colon + 1));
  } catch (const std::exception&) {
    casus::ReportError("", "--range: expected START:END, e.g. 0:500");
    return false;
  }
  if (extract.range_end < extract.range_begin) {
    casus::ReportError("", "--range: END is before START");
    return false;
  }
  return true;
}

// Runs the command that was parsed.
int Run(Commands* c) {
  if (c->extract_cmd->parsed()) {
    return FinishExtract(c) ? casus::RunExtract(c->extract) : casus::kExitUsage;
  }
  if (c->check_cmd->parsed()) {
    if (!casus::OneRulesFolder(c->rules_check.rules_dir, c->check_rules_flag,
                               &c->rules_check.rules_dir)) {
      return casus::kExitUsage;
    }
    return casus::RunRulesCheck(c->rules_check);
  }
  if (c->classes_cmd->parsed()) return casus::RunRulesClasses(c->rules_classes);
  if (c->eval_cmd->parsed()) return casus::RunEval(c->eval);
  if (c->import_cmd->parsed()) return casus::RunImport(c->import);
  if (c->explain_cmd->parsed()) return casus::RunExplain(c->explain);
  if (c->merge_cmd->parsed()) return casus::RunMerge(c->merge);
  if (c->report_cmd->parsed()) return casus::RunReport(c->report);
  if (c->bench_cmd->parsed()) {
    if (!c->synthetic.empty()) {
      try {
        c->bench.synthetic_bytes = ParseSize(c->synthetic);
      } catch (const std::exception& e) {
        casus::ReportError("", std::string("--synthetic: ") + e.what());
        return casus::kExitUsage;
      }
    }
    return casus::RunBench(c->bench);
  }
  return casus::kExitUsage;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{
      "Casus: entities and causal claims from policy and "
      "international-relations articles.",
      "casus"};
  // Before the subcommands are added: they inherit it.
  app.failure_message(FailureMessage);
  app.require_subcommand(1);
  app.set_version_flag("--version", "casus " + std::string(casus::CasusVersion()));
  app.footer(
      "Exit status: 0 all documents processed, 1 some document or the output "
      "failed, 2 usage or rule-file error.\nRun 'casus COMMAND --help' for a "
      "command's options.");
  Commands c;
  AddExtract(app, &c);
  AddEval(app, &c);
  AddImport(app, &c);
  AddExplainAndMerge(app, &c);
  AddBench(app, &c);
  AddReport(app, &c);
  AddRules(app, &c);
  if (ReportUnknownCommand(app, argc, argv)) return casus::kExitUsage;
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    app.exit(e);
    return casus::kExitUsage;
  }
  return Run(&c);
}
