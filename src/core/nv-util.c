/* nv-util.c
 *
 * Copyright 2026 Netværk developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <sys/mman.h>

#include "nv-util.h"

gboolean
nv_strv_equal (const char * const *a,
               const char * const *b)
{
  /* NULL and an empty vector are the same: fields normalise to NULL */
  if (a != NULL && a[0] == NULL)
    a = NULL;
  if (b != NULL && b[0] == NULL)
    b = NULL;
  if (a == NULL || b == NULL)
    return a == b;

  return g_strv_equal (a, b);
}

guint
nv_date_from_ymd (int year,
                  int month,
                  int day)
{
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 ||
      !g_date_valid_dmy (day, month, year))
    return 0;

  return g_date_get_julian (&(GDate) { .julian = 0, .dmy = 1, .day = day,
                                       .month = month, .year = year });
}

gboolean
nv_date_to_ymd (guint  julian,
                int   *year,
                int   *month,
                int   *day)
{
  GDate date;

  if (julian == 0 || julian > NV_DATE_MAX)
    return FALSE;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, julian);
  *year = g_date_get_year (&date);
  *month = g_date_get_month (&date);
  *day = g_date_get_day (&date);
  return TRUE;
}

static gboolean
parse_digits (const char *text,
              guint       n,
              int        *value)
{
  *value = 0;
  for (guint i = 0; i < n; i++)
    {
      if (!g_ascii_isdigit (text[i]))
        return FALSE;
      *value = *value * 10 + (text[i] - '0');
    }
  return TRUE;
}

/**
 * nv_date_parse_iso:
 * @text: a date as "YYYY-MM-DD"
 *
 * Returns: %TRUE and the julian day in @julian if @text is a real
 * calendar date in that exact form.
 */
gboolean
nv_date_parse_iso (const char *text,
                   guint      *julian)
{
  int year, month, day;

  if (text == NULL || strlen (text) != 10 || text[4] != '-' || text[7] != '-' ||
      !parse_digits (text, 4, &year) || !parse_digits (text + 5, 2, &month) ||
      !parse_digits (text + 8, 2, &day))
    return FALSE;

  *julian = nv_date_from_ymd (year, month, day);
  return *julian != 0;
}

char *
nv_date_to_iso (guint julian)
{
  int year, month, day;

  if (!nv_date_to_ymd (julian, &year, &month, &day))
    return NULL;

  return g_strdup_printf ("%04d-%02d-%02d", year, month, day);
}

/**
 * nv_time_parse:
 * @text: a clock time as "HH:MM", 24-hour
 *
 * Returns: %TRUE and the minutes after midnight in @minutes if @text is
 * a time of day from 00:00 to 23:59 in that exact form.
 */
gboolean
nv_time_parse (const char *text,
               int        *minutes)
{
  int hours, mins;

  if (text == NULL || strlen (text) != 5 || text[2] != ':' ||
      !parse_digits (text, 2, &hours) || !parse_digits (text + 3, 2, &mins) ||
      hours > 23 || mins > 59)
    return FALSE;

  *minutes = hours * 60 + mins;
  return TRUE;
}

char *
nv_time_to_string (int minutes)
{
  if (minutes < 0 || minutes >= NV_MINUTES_PER_DAY)
    return NULL;

  return g_strdup_printf ("%02d:%02d", minutes / 60, minutes % 60);
}

/**
 * nv_date_today:
 *
 * Returns: today's julian day, in the local time zone
 */
guint
nv_date_today (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return nv_date_from_ymd (g_date_time_get_year (now), g_date_time_get_month (now),
                           g_date_time_get_day_of_month (now));
}

/**
 * nv_prefer_huge_pages:
 * @memory: memory not touched yet
 *
 * Asks the system to back @memory with huge pages (2 MB) where it can.
 * Memory comes 4 kB at a time, each page a fault into the kernel: the
 * text of a large plan (tens of megabytes) takes thousands of them, and
 * on a virtual machine they cost more than the reading or writing. Only
 * whole huge pages inside @memory are asked for; nothing else changes.
 */
void
nv_prefer_huge_pages (gpointer memory,
                      gsize    size)
{
#ifdef MADV_HUGEPAGE
  const guintptr huge_page = 2 * 1024 * 1024;
  guintptr start = ((guintptr) memory + huge_page - 1) & ~(huge_page - 1);
  guintptr end = ((guintptr) memory + size) & ~(huge_page - 1);

  if (end > start)
    madvise ((void *) start, end - start, MADV_HUGEPAGE);
#endif
}
