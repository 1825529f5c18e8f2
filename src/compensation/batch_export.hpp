// An approved batch as a spreadsheet's table: one row per line, with the columns a payment system reads
// (the client's name and identity code, who pays, what for, the days, the daily amount and the sum).
#pragma once
#include <string>

#include "compensation/compensation.hpp"
#include "platform/spreadsheets/table.hpp"

namespace polku::compensation {

spreadsheets::Table batch_table(const Batch& batch, const std::string& lang);

}  // namespace polku::compensation
