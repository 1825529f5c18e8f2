// What the absence notices read (the KTT periods of a purchaser's cases with their schedules, moved days, the
// places' closed days, the marks, the clients' benefits, from the owners' views) and the notices sent.
#pragma once
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "compensation/absence_notice_rules.hpp"
#include "compensation/compensation.hpp"
#include "platform/db/database.hpp"
#include "platform/documents/letterhead.hpp"
#include "platform/work/unit_of_work.hpp"

namespace polku::compensation {

struct NoticePeriod {
  long long id = 0;
  long long case_id = 0;
  long long client_id = 0;
  long long organisation_id = 0;
  std::string client_name, personal_identity_code, place_name;
  periods::PeriodInput input;
  std::vector<periods::DayMove> moves;
  std::vector<DayRange> breaks;  // those reaching into the range read
  std::vector<MarkedDay> marks;
  std::set<std::string> closed_days;
  std::vector<Benefit> benefits;
};

struct SentNotice {
  std::string content_json;
  std::string sent_at, sent_by_name;
};

class AbsenceNoticeStore {
 public:
  explicit AbsenceNoticeStore(db::Database& db) : db_(db) {}

  // The KTT periods of the organisation's cases running some day in [from, to] with all they need, in a few
  // queries (not one per period).
  std::vector<NoticePeriod> periods(long long organisation_id, const std::string& from, const std::string& to);
  // The same for the clients whose own worker the user is (their task list).
  std::vector<NoticePeriod> periods_of_own_worker(long long user_id, const std::string& from, const std::string& to);
  // One period, whatever its organisation (the caller checks access on it).
  std::optional<NoticePeriod> period(long long period_id);
  // The newest sending of each window, by (period id, window's first day).
  std::map<std::pair<long long, std::string>, SentNotice> sent(long long organisation_id);
  std::map<std::pair<long long, std::string>, SentNotice> sent_of(long long period_id);
  // The organisation's name and logo for a printed document (the platform's letterhead).
  documents::Letterhead letterhead(long long organisation_id);

  void insert_sent(work::UnitOfWork& unit, const NoticePeriod& p, const AbsenceNotice& n,
                   const std::string& content_json, long long user_id);

 private:
  std::vector<NoticePeriod> read(const std::string& where, long long arg, const std::string& from,
                                 const std::string& to);
  std::map<std::pair<long long, std::string>, SentNotice> read_sent(const std::string& where, long long arg);

  db::Database& db_;
};

}  // namespace polku::compensation
