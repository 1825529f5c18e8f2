// The placement registry's JSON: request bodies to inputs, records to answers.
#pragma once
#include <boost/json.hpp>

#include "placements/matching.hpp"
#include "placements/placement.hpp"

namespace polku::placements {

PlaceInput place_input(const boost::json::object& o);
ServiceProductInput product_input(const boost::json::object& o);
AgreementInput agreement_input(const boost::json::object& o);
BookingInput booking_input(const boost::json::object& o);
VisitInput visit_input(const boost::json::object& o);
ClientAgreementInput client_agreement_input(const boost::json::object& o);
ContinuationInput continuation_input(const boost::json::object& o);
ClientNeeds client_needs(const boost::json::object& o);

boost::json::object to_json(const Place& p);
boost::json::object to_json(const ServiceProduct& p);
boost::json::object to_json(const Agreement& a);
boost::json::object to_json(const Partner& p);
boost::json::object to_json(const DocumentInfo& d);
boost::json::object to_json(const Booking& b);
boost::json::object to_json(const Visit& v);
boost::json::object to_json(const ClientAgreement& a);
boost::json::object to_json(const RankedPlace& r);
boost::json::object to_json(const SupervisorOption& s);

}  // namespace polku::placements
