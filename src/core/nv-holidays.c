/* nv-holidays.c
 *
 * Copyright 2026 Netværk developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "nv-holidays.h"
#include "nv-util.h"

/**
 * nv_easter_sunday:
 * @year: a year from 1583 (the Gregorian calendar)
 *
 * The anonymous Gregorian algorithm (Meeus/Jones/Butcher).
 *
 * Returns: the julian day of Easter Sunday in @year
 */
guint
nv_easter_sunday (int year)
{
  int a = year % 19;
  int b = year / 100, c = year % 100;
  int d = b / 4, e = b % 4;
  int f = (b + 8) / 25;
  int g = (b - f + 1) / 3;
  int h = (19 * a + b - d - g + 15) % 30;
  int i = c / 4, k = c % 4;
  int l = (32 + 2 * e + 2 * i - h - k) % 7;
  int m = (a + 11 * h + 22 * l) / 451;
  int month = (h + l - 7 * m + 114) / 31;
  int day = (h + l - 7 * m + 114) % 31 + 1;

  return nv_date_from_ymd (year, month, day);
}

/**
 * nv_danish_holiday:
 * @julian: a date
 *
 * The days on which Danes are off work, or (Constitution Day, Christmas
 * Eve, New Year's Eve) on which a network would not meet. Great Prayer
 * Day counts until 2023, its last year as a holiday.
 *
 * Returns: (nullable): the holiday's name, translated, or %NULL on an
 * ordinary day
 */
const char *
nv_danish_holiday (guint julian)
{
  static const struct {
    int         month, day;
    const char *name;
  } fixed[] = {
    { 1, 1, N_("New Year’s Day") },
    { 6, 5, N_("Constitution Day") },
    { 12, 24, N_("Christmas Eve") },
    { 12, 25, N_("Christmas Day") },
    { 12, 26, N_("Boxing Day") },
    { 12, 31, N_("New Year’s Eve") },
  };
  static const struct {
    int         days_after_easter;
    int         last_year;  /* 0: still a holiday */
    const char *name;
  } movable[] = {
    { -3, 0, N_("Maundy Thursday") },
    { -2, 0, N_("Good Friday") },
    { 0, 0, N_("Easter Sunday") },
    { 1, 0, N_("Easter Monday") },
    { 26, 2023, N_("Great Prayer Day") },
    { 39, 0, N_("Ascension Day") },
    { 49, 0, N_("Whit Sunday") },
    { 50, 0, N_("Whit Monday") },
  };
  int year, month, day;
  guint easter;

  if (!nv_date_to_ymd (julian, &year, &month, &day))
    return NULL;

  for (guint i = 0; i < G_N_ELEMENTS (fixed); i++)
    if (fixed[i].month == month && fixed[i].day == day)
      return _(fixed[i].name);

  if (year < 1583)
    return NULL;

  easter = nv_easter_sunday (year);
  for (guint i = 0; i < G_N_ELEMENTS (movable); i++)
    if ((gint64) julian == (gint64) easter + movable[i].days_after_easter &&
        (movable[i].last_year == 0 || year <= movable[i].last_year))
      return _(movable[i].name);

  return NULL;
}
