/* test-holidays.c: Easter and the Danish public holidays
 *
 * Copyright 2026 Netværk developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include "nv-holidays.h"
#include "nv-util.h"

static void
test_easter (void)
{
  static const int dates[][3] = {
    { 2008, 3, 23 }, { 2011, 4, 24 }, { 2015, 4, 5 }, { 2024, 3, 31 }, { 2025, 4, 20 },
    { 2026, 4, 5 }, { 2027, 3, 28 }, { 2028, 4, 16 }, { 2038, 4, 25 }, { 2285, 3, 22 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (dates); i++)
    g_assert_cmpuint (nv_easter_sunday (dates[i][0]), ==, nv_date_from_ymd (dates[i][0], dates[i][1], dates[i][2]));
}

static void
test_holidays (void)
{
  static const struct {
    int year, month, day;
    const char *name;
  } days[] = {
    { 2027, 1, 1, "New Year’s Day" },
    { 2027, 3, 25, "Maundy Thursday" },
    { 2027, 3, 26, "Good Friday" },
    { 2027, 3, 28, "Easter Sunday" },
    { 2027, 3, 29, "Easter Monday" },
    { 2027, 4, 23, NULL },               /* Great Prayer Day ended with 2023 */
    { 2023, 5, 5, "Great Prayer Day" },
    { 2027, 5, 6, "Ascension Day" },
    { 2027, 5, 16, "Whit Sunday" },
    { 2027, 5, 17, "Whit Monday" },
    { 2027, 6, 5, "Constitution Day" },
    { 2027, 12, 24, "Christmas Eve" },
    { 2027, 12, 25, "Christmas Day" },
    { 2027, 12, 26, "Boxing Day" },
    { 2027, 12, 31, "New Year’s Eve" },
    { 2027, 3, 2, NULL },
    { 2027, 3, 30, NULL },
    { 2027, 5, 18, NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (days); i++)
    g_assert_cmpstr (nv_danish_holiday (nv_date_from_ymd (days[i].year, days[i].month, days[i].day)), ==, days[i].name);

  g_assert_null (nv_danish_holiday (0));
}

/* Across a century, the holidays a year: fourteen, thirteen after
 * Great Prayer Day ended, one fewer when Whitsun falls on Constitution
 * Day (2017, 2022) */
static void
test_count_per_year (void)
{
  for (int year = 2000; year <= 2100; year++)
    {
      guint constitution_day = nv_date_from_ymd (year, 6, 5);
      guint whit_sunday = nv_easter_sunday (year) + 49;
      guint expected = (year <= 2023 ? 14 : 13) - (constitution_day == whit_sunday || constitution_day == whit_sunday + 1);
      guint n = 0;

      for (guint day = nv_date_from_ymd (year, 1, 1); day <= nv_date_from_ymd (year, 12, 31); day++)
        n += nv_danish_holiday (day) != NULL;
      g_assert_cmpuint (n, ==, expected);
    }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/holidays/easter", test_easter);
  g_test_add_func ("/holidays/days", test_holidays);
  g_test_add_func ("/holidays/count-per-year", test_count_per_year);

  return g_test_run ();
}
