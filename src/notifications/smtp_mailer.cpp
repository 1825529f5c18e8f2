#include "notifications/smtp_mailer.hpp"

#include <curl/curl.h>

#include <cstring>
#include <mutex>

#include "notifications/mail_message.hpp"
#include "notifications/notification_rules.hpp"
#include "platform/core/clock.hpp"

namespace polku::notifications {
namespace {

struct Upload {
  std::string text;
  std::size_t at = 0;
};

std::size_t read_upload(char* buffer, std::size_t size, std::size_t count, void* user) {
  auto* upload = static_cast<Upload*>(user);
  const std::size_t n = std::min(size * count, upload->text.size() - upload->at);
  std::memcpy(buffer, upload->text.data() + upload->at, n);
  upload->at += n;
  return n;
}

std::string domain_of(const std::string& address) {
  const auto at = address.rfind('@');
  return at == std::string::npos ? "polku.invalid" : address.substr(at + 1);
}

}  // namespace

SmtpMailer::SmtpMailer(config::SmtpSettings settings) : settings_(std::move(settings)) {
  static std::once_flag once;
  std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

Delivery SmtpMailer::operator()(const OutboxMessage& m) const {
  // The Message-ID stays the same on every try: a receiver can tell a repeat after a lost answer.
  MailMessage mail{settings_.sender,
                   "Polku",
                   m.recipient,
                   m.subject,
                   m.body,
                   now_ms(),
                   "outbox-" + std::to_string(m.id) + "@" + domain_of(settings_.sender),
                   m.calendar};
  Upload upload{rfc5322_text(mail)};
  CURL* curl = curl_easy_init();
  if (curl == nullptr) return {false, false, "curl_easy_init failed"};
  const std::string url = "smtp://" + settings_.host + ":" + std::to_string(settings_.port);
  const std::string from = "<" + settings_.sender + ">", to = "<" + m.recipient + ">";
  curl_slist* recipients = curl_slist_append(nullptr, to.c_str());
  char error[CURL_ERROR_SIZE] = {0};
  curl_easy_setopt(curl, CURLOPT_URL, url.c_str());
  if (settings_.starttls) curl_easy_setopt(curl, CURLOPT_USE_SSL, static_cast<long>(CURLUSESSL_ALL));
  if (!settings_.username.empty()) {
    curl_easy_setopt(curl, CURLOPT_USERNAME, settings_.username.c_str());
    curl_easy_setopt(curl, CURLOPT_PASSWORD, settings_.password.c_str());
  }
  curl_easy_setopt(curl, CURLOPT_MAIL_FROM, from.c_str());
  curl_easy_setopt(curl, CURLOPT_MAIL_RCPT, recipients);
  curl_easy_setopt(curl, CURLOPT_READFUNCTION, read_upload);
  curl_easy_setopt(curl, CURLOPT_READDATA, &upload);
  curl_easy_setopt(curl, CURLOPT_UPLOAD, 1L);
  curl_easy_setopt(curl, CURLOPT_INFILESIZE_LARGE, static_cast<curl_off_t>(upload.text.size()));
  curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT, 10L);
  curl_easy_setopt(curl, CURLOPT_TIMEOUT, 60L);
  curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
  curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, error);
  const CURLcode result = curl_easy_perform(curl);
  long reply = 0;
  curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &reply);
  curl_slist_free_all(recipients);
  curl_easy_cleanup(curl);
  if (result == CURLE_OK) return {true, false, ""};
  std::string detail = error[0] != '\0' ? error : curl_easy_strerror(result);
  if (reply != 0) detail = "SMTP " + std::to_string(reply) + ": " + detail;
  return {false, is_permanent_refusal(reply), detail};
}

}  // namespace polku::notifications
