// The JSON of bookings, introductory visits and client agreements.
#pragma once
#include <boost/json.hpp>

#include "bookings/booking.hpp"

namespace polku::bookings {

BookingInput booking_input(const boost::json::object& o);
VisitInput visit_input(const boost::json::object& o);
ClientAgreementInput client_agreement_input(const boost::json::object& o);
ContinuationInput continuation_input(const boost::json::object& o);

boost::json::object to_json(const Booking& b);
boost::json::object to_json(const Visit& v);
boost::json::object to_json(const ClientAgreement& a);

}  // namespace polku::bookings
