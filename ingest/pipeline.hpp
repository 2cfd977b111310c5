#pragma once
// The ingest pipeline: read -> extract -> store, one atomic write per article. Extraction runs on
// worker threads; one writer stores the articles in input order, so the database is the same
// whatever the thread count.

#include <cstddef>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "graph/article.hpp"
#include "graph/store.hpp"
#include "ingest/extractor.hpp"
#include "ingest/input_article.hpp"
#include "ingest/kb.hpp"
#include "ingest/readers.hpp"

namespace parley::ingest {

struct IngestCounts {
  std::size_t read = 0;           // articles read
  std::size_t stored = 0;         // new articles stored
  std::size_t already_stored = 0; // same id or same text as a stored article: nothing written
  std::size_t interactions = 0;   // interactions extracted from the stored articles
  std::size_t problems = 0;       // bad records and files
  std::size_t bytes = 0;          // article text read
};

// Callbacks are never called concurrently (the pipeline serialises them), from any of its threads.
struct IngestCallbacks {
  ProblemSink on_problem;                                 // each bad record or file
  std::function<void(const IngestCounts&)> on_progress;   // after each article
};

struct PipelineOptions {
  unsigned threads = 0;          // extraction threads; 0 = one per core; 1 = no threads at all
  // The write-ahead log is synced after this many stored articles (and at the end): a power cut
  // loses at most that many whole articles, which a re-run restores. Syncing each article would
  // cap ingest at the disk's flush rate.
  std::size_t sync_every = 10000;
};

// The knowledge base plus the officials the store keeps beyond it: learned from appositions by
// earlier ingests (source "learned") or imported by the user (source "user").
std::shared_ptr<const KnowledgeBase> with_learned_officials(std::shared_ptr<const KnowledgeBase> kb, const graph::Store& store);

// Turns a reader's record into an article: id (given, else "sha:" + content hash), content hash
// of the normalised text, language (given, else detected), ingestion time.
graph::Article to_article(InputArticle&& input);

// Reads every path, extracts, stores. Bad input is reported through callbacks and skipped; store
// failures throw StoreError (the article being written is not stored: its batch is atomic).
IngestCounts ingest_paths(const std::vector<std::string>& paths, const ReadOptions& options, const Extractor& extractor,
                          graph::Store& store, const IngestCallbacks& callbacks, const PipelineOptions& pipeline = {});

}  // namespace parley::ingest
