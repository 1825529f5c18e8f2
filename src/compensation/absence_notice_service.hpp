// The absence notices of a purchaser's KTT clients whose benefit comes from Kela or a fund: for each two weeks
// of a period, made from the attendance when asked (never stored until sent), where each stands, its PDF, and
// its sending recorded with what it said. The own worker is told on the task list when one is due.
#pragma once
#include <boost/json.hpp>
#include <string>
#include <vector>

#include "compensation/absence_notice_store.hpp"
#include "compensation/compensation_service.hpp"
#include "platform/work/caller.hpp"
#include "tasks/port.hpp"

namespace polku::compensation {

struct NoticeList {
  std::vector<AbsenceNotice> items;
  bool may_send = false;  // the caller records sending (the purchaser's social workers and instructors)
};

class AbsenceNoticeService {
 public:
  AbsenceNoticeService(AbsenceNoticeStore& store, work::Transactor& transactor)
      : store_(store), transactor_(transactor) {}

  // The windows touching [from, to] of the organisation's clients, each client logged.
  Result<NoticeList> list(const work::Caller& caller, long long organisation_id, const std::string& from,
                          const std::string& to);
  Result<documents::File> pdf(const work::Caller& caller, long long period_id, const std::string& window_from,
                              const std::string& lang);
  // Records the window's notice as sent (again, as a correction, when its attendance changed after sending).
  Result<AbsenceNotice> send(const work::Caller& caller, long long period_id, const std::string& window_from);
  // The notices to send or late of the organisations' clients whose own worker `user_id` is, for the task list.
  std::vector<tasks::Task> due_tasks(const auth::AuthContext& user, const std::string& today);

 private:
  Result<std::pair<NoticePeriod, AbsenceNotice>> find(const work::Caller& caller, long long period_id,
                                                      const std::string& window_from, bool record);

  AbsenceNoticeStore& store_;
  work::Transactor& transactor_;
};

// The notices of a period's windows touching [from, to] to Kela or a fund, and where each stands `today`.
std::vector<AbsenceNotice> notices_of(const NoticePeriod& p,
                                      const std::map<std::pair<long long, std::string>, SentNotice>& sent,
                                      const std::string& from, const std::string& to, const std::string& today);
// A notice's days as the API shows them and as a sending keeps them (serialised, to compare with the days now).
boost::json::object content_object(const NoticeContent& c);
std::string content_json(const NoticeContent& c);

}  // namespace polku::compensation
