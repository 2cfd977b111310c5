// parley explain: how extraction read an article, sentence by sentence.

#include <filesystem>
#include <iostream>

#include "cli/commands.hpp"
#include "graph/store.hpp"
#include "ingest/kb.hpp"
#include "ingest/pipeline.hpp"
#include "ingest/readers.hpp"
#include "ingest/rule_extractor.hpp"

namespace parley::cli {

namespace {

struct ExplainOptions {
  std::string db;
  std::string target;
  std::string lang = "auto";
  std::string published;
  bool all = false;
};

void print_trace(const graph::Article& article, const ingest::Extraction& ex, bool all) {
  std::cout << "== article " << article.id << " (" << ex.lang << ", published "
            << (article.published.known() ? article.published.iso() : "unknown") << ")\n";
  std::size_t n = 0;
  for (const auto& s : ex.trace) {
    ++n;
    const bool eventful = !s.edges.empty() || !s.rejected.empty();
    if (!all && !eventful) continue;
    std::cout << "\n[" << n << "] bytes " << s.start << "-" << s.end << ": " << s.text << '\n';
    for (const auto& m : s.matches) std::cout << "    match     " << m << '\n';
    for (const auto& d : s.dates) std::cout << "    date      " << d << '\n';
    for (const auto& m : s.mentions) std::cout << "    actor     " << m << '\n';
    for (const auto& e : s.edges) std::cout << "    EDGE      " << e << '\n';
    for (const auto& r : s.rejected) std::cout << "    rejected  " << r << '\n';
  }
  std::cout << "\n" << ex.interactions.size() << " interactions\n";
}

int run_explain(const ExplainOptions& o) {
  auto kb = ingest::KnowledgeBase::builtin();
  ingest::RuleExtractor extractor(kb);
  std::vector<graph::Article> articles;
  if (std::filesystem::exists(o.target)) {
    ingest::ReadOptions read;
    read.lang = o.lang == "auto" ? "" : o.lang;
    read.published = parse_date_option(o.published, "--published");
    int problems = 0;
    ingest::read_path(
        o.target, read, [&](ingest::InputArticle&& a) { articles.push_back(ingest::to_article(std::move(a))); },
        [&](ingest::Problem&& p) {
          ++problems;
          print_error(p.to_string());
        });
    if (articles.empty()) return kExitFailure;
  } else {
    auto store = graph::Store::open(o.db, graph::Store::Mode::kReadOnly);
    auto a = store->article(o.target);
    if (!a) throw UsageError("'" + o.target + "' is neither a file nor an article id in " + o.db);
    articles.push_back(std::move(*a));
  }
  for (const auto& a : articles) print_trace(a, extractor.extract(a, /*with_trace=*/true), o.all);
  return kExitOk;
}

}  // namespace

void register_explain(CLI::App& app, RunState& state) {
  auto opts = std::make_shared<ExplainOptions>();
  auto* cmd = app.add_subcommand("explain", "show, per sentence, the matches, actors, dates, edges and rejections");
  add_db_option(*cmd, opts->db);
  cmd->add_option("target", opts->target, "an article file (.jsonl, .txt, .html) or the id of a stored article")->required();
  cmd->add_option("--lang", opts->lang, "language of a .txt/.html file")->check(CLI::IsMember({"auto", "fa", "en", "ar", "ru"}));
  cmd->add_option("--published", opts->published, "publication date of a .txt/.html file (YYYY-MM-DD)");
  cmd->add_flag("--all", opts->all, "also the sentences where nothing happened");
  cmd->callback([opts, &state] { state.exit_code = run_explain(*opts); });
}

}  // namespace parley::cli
