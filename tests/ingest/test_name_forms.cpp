#include <catch2/catch.hpp>

#include "ingest/name_forms.hpp"

using parley::ingest::russian_name_forms;
using V = std::vector<std::string>;

TEST_CASE("Russian names decline by case, every word alike") {
  CHECK(russian_name_forms("Сергей Лавров") == V{"Сергея Лаврова", "Сергею Лаврову", "Сергеем Лавровым", "Сергее Лаврове"});
  CHECK(russian_name_forms("Владимир Путин") ==
        V{"Владимира Путина", "Владимиру Путину", "Владимиром Путиным", "Владимире Путине"});
  CHECK(russian_name_forms("Эрдоган") == V{"Эрдогана", "Эрдогану", "Эрдоганом", "Эрдогане"});
  CHECK(russian_name_forms("Дмитрий") == V{"Дмитрия", "Дмитрию", "Дмитрием", "Дмитрии"});
  CHECK(russian_name_forms("Мария Захарова") == V{"Марии Захаровой", "Марию Захарову", "Марией Захаровой"});
}

TEST_CASE("names ending in a vowel other than -a/-я do not decline") {
  CHECK(russian_name_forms("Абэ").empty());
  CHECK(russian_name_forms("Моди").empty());
}
