// The case documents module (asiakirjat): every document given on a case, kept as given with its checksum and
// listed on the case. The modules that make documents keep them through its port.
#pragma once
#include "case_documents/document_service.hpp"
#include "case_documents/document_store.hpp"
#include "case_documents/routes.hpp"
#include "cases/port.hpp"
#include "platform/module.hpp"

namespace polku::case_documents {

class Module final : public platform::Module {
 public:
  Module(const platform::Platform& p, cases::Port& cases) : store_(p.db), service_(store_, cases) {}
  void register_routes(http::Router& router) override { case_documents::register_routes(router, service_); }
  Port& port() { return service_; }

  retention::Eraser eraser() { return &DocumentStore::erase_client; }  // the client's rows, for the retention job

 private:
  DocumentStore store_;
  DocumentService service_;
};

}  // namespace polku::case_documents
