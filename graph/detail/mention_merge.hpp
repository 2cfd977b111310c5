#pragma once
// The RocksDB merge operator of the interactions column family: merging two records of the same
// interaction keeps one record with the union of their mentions (Interaction::absorb). This lets
// ingest add an article's mentions to an interaction stored by another article without reading it.

#include <memory>

namespace rocksdb {
class MergeOperator;
}

namespace parley::graph::detail {

std::shared_ptr<rocksdb::MergeOperator> make_mention_merge_operator();

}  // namespace parley::graph::detail
