// parley_bench: throughput of parley's ingest stages on a synthetic corpus, as ratios to a byte
// scan measured in the same run, and the recall of the edges planted in that corpus.
// See bench/README.md.

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "bench/corpus.hpp"
#include "bench/report.hpp"
#include "bench/stage_breakdown.hpp"
#include "bench/stages.hpp"
#include "bench/support.hpp"
#include "bench/timing.hpp"
#include "bench/truth.hpp"
#include "ingest/kb.hpp"
#include "ingest/normalizer.hpp"
#include "ingest/rule_extractor.hpp"

namespace parley::bench {
namespace {

constexpr std::string_view kUsage =
    "usage: parley_bench [--articles N] [--seed S] [--langs LIST] [--out FILE] [--quick] [--verbose] [--dump-corpus FILE]\n"
    "  --articles N  articles in the synthetic corpus (default 2000; 200 with --quick)\n"
    "  --seed S      corpus seed (default 1): the same seed gives the same corpus\n"
    "  --langs LIST  article languages, a comma list out of fa,en,ar,ru (default fa,en), drawn evenly\n"
    "  --out FILE    JSON results (default bench/results/latest.json, from the current folder)\n"
    "  --quick       one repetition instead of three, and a smaller default corpus\n"
    "  --verbose     recall per template, and examples of missed and stray edges\n"
    "  --dump-corpus FILE  write the corpus as JSON Lines (for parley explain) and stop\n";

struct Options {
  std::size_t articles = 2000;
  std::uint64_t seed = 1;
  std::vector<std::string> langs{"fa", "en"};
  std::filesystem::path out = std::filesystem::path("bench") / "results" / "latest.json";
  bool quick = false;
  bool verbose = false;
  std::filesystem::path dump;  // --dump-corpus
};

// nullopt with a message on stderr for bad arguments; exits for --help.
std::optional<Options> parse_options(int argc, char** argv) {
  Options o;
  bool articles_given = false;
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    auto value = [&]() -> std::optional<std::string_view> {
      if (i + 1 >= argc) return std::nullopt;
      return std::string_view(argv[++i]);
    };
    if (arg == "--help" || arg == "-h") {
      std::cout << kUsage;
      std::exit(0);
    } else if (arg == "--quick") {
      o.quick = true;
    } else if (arg == "--verbose") {
      o.verbose = true;
    } else if (arg == "--articles") {
      auto v = value();
      if (!v || !parse_number(*v, o.articles) || o.articles == 0) {
        std::cerr << "parley_bench: --articles needs a positive number\n";
        return std::nullopt;
      }
      articles_given = true;
    } else if (arg == "--seed") {
      auto v = value();
      if (!v || !parse_number(*v, o.seed)) {
        std::cerr << "parley_bench: --seed needs a number\n";
        return std::nullopt;
      }
    } else if (arg == "--langs") {
      auto v = value();
      o.langs.clear();
      for (std::size_t start = 0; v && start <= v->size();) {
        const auto comma = std::min(v->find(',', start), v->size());
        const std::string lang(v->substr(start, comma - start));
        if (lang != "fa" && lang != "en" && lang != "ar" && lang != "ru") {
          std::cerr << "parley_bench: --langs takes a comma list out of fa,en,ar,ru, not '" << lang << "'\n";
          return std::nullopt;
        }
        if (std::find(o.langs.begin(), o.langs.end(), lang) != o.langs.end()) {
          std::cerr << "parley_bench: --langs names " << lang << " twice\n";
          return std::nullopt;
        }
        o.langs.push_back(lang);
        start = comma + 1;
      }
      if (o.langs.empty()) {
        std::cerr << "parley_bench: --langs needs a comma list out of fa,en,ar,ru\n";
        return std::nullopt;
      }
    } else if (arg == "--out") {
      auto v = value();
      if (!v || v->empty()) {
        std::cerr << "parley_bench: --out needs a file name\n";
        return std::nullopt;
      }
      o.out = std::filesystem::path(std::string(*v));
    } else if (arg == "--dump-corpus") {
      auto v = value();
      if (!v || v->empty()) {
        std::cerr << "parley_bench: --dump-corpus needs a file name\n";
        return std::nullopt;
      }
      o.dump = std::filesystem::path(std::string(*v));
    } else {
      std::cerr << "parley_bench: unknown argument '" << arg << "'\n" << kUsage;
      return std::nullopt;
    }
  }
  if (o.quick && !articles_given) o.articles = 200;
  return o;
}

int run(const Options& options) {
  const int repetitions = options.quick ? 1 : 3;
  auto kb = ingest::KnowledgeBase::builtin();
  const ingest::RuleExtractor extractor(kb);
  // Built once per process and per language on first use: not part of any measured pass.
  ingest::Normalizer::instance();
  for (const auto& lang : options.langs) extractor.gazetteer(lang);

  Stopwatch generation;
  CorpusOptions corpus_options;
  corpus_options.articles = options.articles;
  corpus_options.seed = options.seed;
  corpus_options.langs = options.langs;
  const Corpus corpus = generate_corpus(*kb, extractor, corpus_options);
  if (!options.dump.empty()) {
    write_jsonl(corpus, options.dump);
    std::cout << "corpus: " << options.dump.string() << "\n";
    return 0;
  }
  const auto articles = to_articles(corpus);
  std::size_t planted = 0;
  std::map<std::string, std::size_t> per_lang;
  for (const auto& a : corpus.articles) {
    ++per_lang[a.lang];
    planted += a.edges.size();
  }
  std::string langs;
  for (const auto& lang : options.langs) langs += (langs.empty() ? "" : ", ") + std::to_string(per_lang[lang]) + " " + lang;
  const double mean_bytes = static_cast<double>(corpus.bytes()) / static_cast<double>(corpus.articles.size());
  std::printf("corpus: %zu articles (%s), %.2f MB, %.0f bytes per article, %zu planted edges, seed %llu (%.1f s)\n",
              corpus.articles.size(), langs.c_str(), static_cast<double>(corpus.bytes()) / 1e6, mean_bytes, planted,
              static_cast<unsigned long long>(options.seed), generation.seconds());
  std::printf("one thread unless a row says otherwise, median of %d pass%s\n\n", repetitions, repetitions == 1 ? "" : "es");
  std::fflush(stdout);

  Report report;
  report.cores = std::thread::hardware_concurrency();
  report.articles = corpus.articles.size();
  report.mean_article_bytes = mean_bytes;
  report.seed = options.seed;
  report.repetitions = repetitions;

  std::vector<std::vector<graph::Interaction>> extracted;
  report.results.push_back(measure_baseline(articles, repetitions));
  {
    // The stages one by one (bench/stage_breakdown.hpp), then end to end.
    const ScratchDir scratch("parley-bench-stages");
    const auto jsonl = scratch.path() / "corpus.jsonl";
    write_jsonl(corpus, jsonl);
    report.results.push_back(measure_read(jsonl, corpus.articles.size(), corpus.bytes(), repetitions));
    report.results.push_back(measure_normalize(articles, repetitions));
    report.floor_seconds = report.results[report.results.size() - 2].seconds + report.results.back().seconds;
    report.results.push_back(measure_segment(articles, repetitions));
    const Throughput match = measure_match(articles, extractor, repetitions);
    report.results.push_back(match);
    report.results.push_back(measure_extract(articles, extractor, repetitions, extracted));
    report.results.push_back(resolve_share(report.results.back(), match));
    report.results.push_back(measure_write(articles, extractor, scratch.path(), repetitions));
  }
  // Ingest on one thread, then with one extraction thread per core (the default of parley ingest).
  std::vector<unsigned> thread_counts{1};
  if (report.cores > 1) thread_counts.push_back(report.cores);
  for (unsigned threads : thread_counts) {
    const ScratchDir scratch("parley-bench");
    const auto ingest = measure_ingest(corpus, extractor, scratch.path(), repetitions, threads);
    report.results.push_back(ingest.ingest);
    report.results.push_back(ingest.reingest);
  }
  report.truth = score_truth(corpus, extracted);

  print_table(std::cout, report);
  if (options.verbose) print_details(std::cout, report, corpus, 40);
  write_json(options.out, report);
  std::cout << "\nresults: " << options.out.string() << "\n";
  return 0;
}

}  // namespace
}  // namespace parley::bench

int main(int argc, char** argv) {
  const auto options = parley::bench::parse_options(argc, argv);
  if (!options) return 2;
  try {
    return parley::bench::run(*options);
  } catch (const std::exception& e) {
    std::cerr << "parley_bench: " << e.what() << "\n";
    return 1;
  }
}
