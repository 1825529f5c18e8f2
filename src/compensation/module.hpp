// The compensation module (korvaukset): rates as dated data, the clients' benefit payers, fares, claims and
// corrections, the purchasers' monthly batches, whose approval freezes the month's attendance, and the absence
// notices to Kela and the funds.
#pragma once
#include "compensation/absence_notice_service.hpp"
#include "compensation/compensation_service.hpp"
#include "compensation/compensation_store.hpp"
#include "compensation/notice_routes.hpp"
#include "compensation/routes.hpp"
#include "platform/module.hpp"

namespace polku::compensation {

class Module final : public platform::Module {
 public:
  Module(const platform::Platform& p, service_types::Port& types)
      : store_(p.db),
        service_(store_, p.transactor, types),
        notice_store_(p.db),
        notices_(notice_store_, p.transactor) {}
  void register_routes(http::Router& router) override {
    compensation::register_routes(router, service_);
    register_notice_routes(router, notices_);
  }
  CompensationService& service() { return service_; }
  FrozenMonths& frozen_months() { return service_; }
  // The absence notices to send of the clients whose own worker the user is.
  tasks::Source task_source() {
    return [this](const auth::AuthContext& user, const std::string& today) { return notices_.due_tasks(user, today); };
  }

  retention::Eraser eraser() { return &CompensationStore::erase_client; }  // the client's rows, for the retention job

 private:
  CompensationStore store_;
  CompensationService service_;
  AbsenceNoticeStore notice_store_;
  AbsenceNoticeService notices_;
};

}  // namespace polku::compensation
