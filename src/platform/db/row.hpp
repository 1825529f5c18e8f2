// Reading SOCI rows the same way on SQLite and PostgreSQL, whose column types differ,
// and binding lists of ids.
#pragma once
#include <optional>
#include <soci/soci.h>
#include <string>
#include <vector>

namespace polku::db {

long long int_at(const soci::row& r, std::size_t i);
std::optional<long long> opt_int_at(const soci::row& r, std::size_t i);
std::string text_at(const soci::row& r, std::size_t i);
inline bool bool_at(const soci::row& r, std::size_t i) { return int_at(r, i) != 0; }

// Reads a row's columns in order, for a long SELECT: `Cursor k(row); c.id = k.id(); c.name = k.text();`.
class Cursor {
 public:
  explicit Cursor(const soci::row& r) : r_(r) {}
  std::string text() { return text_at(r_, i_++); }
  long long id() { return int_at(r_, i_++); }
  int number() { return static_cast<int>(int_at(r_, i_++)); }
  bool flag() { return bool_at(r_, i_++); }
  std::optional<long long> opt_id() { return opt_int_at(r_, i_++); }

 private:
  const soci::row& r_;
  std::size_t i_ = 0;
};

// ":p0, :p1, ..." for an IN list, and its binding (the ids must outlive the statement).
std::string placeholders(const char* prefix, std::size_t n);
void bind_list(soci::statement& st, const std::vector<long long>& ids, const char* prefix);

// The binds of a query over some organisations on a day: the IN list :o0, :o1, ... and :t.
inline auto ids_and_day(const std::vector<long long>& ids, const std::string& day) {
  return [&ids, &day](soci::statement& st) {
    bind_list(st, ids, "o");
    st.exchange(soci::use(day, "t"));
  };
}

// Runs `text` with what `bind(statement)` binds (an IN list, by name) and calls `on_row` for each row.
template <typename Bind, typename OnRow>
void each_row(soci::session& sql, const std::string& text, Bind&& bind, OnRow&& on_row) {
  soci::statement st(sql);
  soci::row row;
  st.exchange(soci::into(row));
  bind(st);
  st.alloc();
  st.prepare(text);
  st.define_and_bind();
  st.execute();
  while (st.fetch()) on_row(row);
}

}  // namespace polku::db
