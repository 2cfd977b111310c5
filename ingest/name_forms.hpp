#pragma once
// Inflected forms of people's names, for languages whose text declines them: Russian writes
// "встретился с Сергеем Лавровым", "телефонный разговор Владимира Путина", while the knowledge
// base holds "Сергей Лавров". The gazetteer adds these forms to the nominative ones.

#include <string>
#include <string_view>
#include <vector>

namespace parley::ingest {

// The genitive, dative, accusative, instrumental and prepositional forms of a Russian name
// (every word of it in the same case), by the regular declension of Russian first names and
// surnames: -ов/-ев/-ин/-ын surnames (Лавров -> Лаврова, Лаврову, Лавровым, Лаврове), other
// consonant endings (Эрдоган -> Эрдогана, Эрдоганом), -й (Сергей -> Сергея, Сергеем), -а/-я
// (Никита -> Никиты), feminine -ова/-ина (Захарова -> Захаровой). Words ending in -о, -е, -и, -у,
// -ю and foreign feminine names stay as they are. Forms equal to the nominative are left out.
std::vector<std::string> russian_name_forms(std::string_view name);

}  // namespace parley::ingest
