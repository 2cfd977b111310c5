#pragma once
// The RocksDB merge operators of parley's column families. Ingest adds to a stored value without
// reading it; the operator combines the additions when RocksDB reads or compacts the key.
//
//   interactions  MentionMerge (mention_merge.cpp): two records of one interaction become one
//                 record with the union of their mentions (Interaction::absorb).
//   by_actor      ByActorUnion (index_merge.cpp): two values of one actor and date key become the
//                 sorted union of their entries (union_by_actor_values), so a second article
//                 reporting the same interaction adds nothing.
//
// Anything that opens a parley database with RocksDB itself must set them too: without them the
// flush at open drops the merged values.

#include <memory>

namespace rocksdb {
class MergeOperator;
}

namespace parley::graph::detail {

std::shared_ptr<rocksdb::MergeOperator> make_mention_merge_operator();
std::shared_ptr<rocksdb::MergeOperator> make_by_actor_merge_operator();

}  // namespace parley::graph::detail
