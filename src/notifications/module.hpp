// The notifications module: a user's notifications (the bell), the port other modules tell through, and
// the outbox sender that e-mails them (running only when an SMTP host is configured).
#pragma once
#include <spdlog/spdlog.h>

#include <memory>

#include "notifications/notification_service.hpp"
#include "notifications/notifier.hpp"
#include "notifications/routes.hpp"
#include "notifications/sender.hpp"
#include "platform/config/config.hpp"
#include "platform/module.hpp"

namespace polku::notifications {

struct Settings {
  std::string public_url;  // prefixed to a notice's link in its e-mail
  config::SmtpSettings smtp;
};

class Module final : public platform::Module {
 public:
  Module(const platform::Platform& p, Settings settings)
      : settings_(std::move(settings)),
        transactor_(p.transactor),
        store_(p.db),
        notifier_(store_, settings_.public_url),
        service_(store_, p.transactor) {}
  void register_routes(http::Router& router) override { notifications::register_routes(router, service_); }
  Port& port() { return notifier_; }

  // With `polku serve`: the sender runs while the server does.
  void start_sender() {
    if (settings_.smtp.host.empty()) {
      spdlog::info("no [smtp] host configured: e-mails of notifications wait in the outbox");
      return;
    }
    sender_ = std::make_unique<Sender>(transactor_, SmtpMailer(settings_.smtp));
    sender_->start();
  }
  void stop_sender() {
    if (sender_) sender_->stop();
  }

  retention::Eraser eraser() { return &NotificationStore::erase_client; }  // the client's rows, for the retention job

 private:
  Settings settings_;
  work::Transactor& transactor_;
  NotificationStore store_;
  Notifier notifier_;
  NotificationService service_;
  std::unique_ptr<Sender> sender_;
};

}  // namespace polku::notifications
