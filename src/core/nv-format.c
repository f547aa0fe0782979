/* nv-format.c
 *
 * Copyright 2026 Netværk developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "nv-format.h"
#include "nv-util.h"

/* Month and weekday names come from the C library's LC_TIME locale
 * (da_DK.UTF-8 for Danish); the order and punctuation around them come
 * from the translation, because "tirsdag d. 21. april" is not simply
 * "Tuesday 21 April" with other words. */
/* "%b" in @format as the language writes an abbreviated month: Danish
 * ends an abbreviation with a full stop ("jan."), but not a month whose
 * name is short already ("maj"); the C library's names have none */
static char *
with_abbreviated_month (GDateTime  *date_time,
                        const char *format)
{
  g_autofree char *abbreviation = g_date_time_format (date_time, "%b");
  g_autofree char *name = g_date_time_format (date_time, "%B");
  g_autofree char *written = NULL;
  g_auto(GStrv) parts = NULL;
  GString *escaped;

  if (abbreviation == NULL || name == NULL || g_str_equal (abbreviation, name))
    return g_strdup (format);

  /* Translators: an abbreviated month, "%s" the C library's ("jan"); Danish: "%s." ("jan.") */
  written = g_strdup_printf (C_("abbreviated month", "%s"), abbreviation);
  escaped = g_string_new (NULL);
  for (const char *p = written; *p != '\0'; p++)
    {
      if (*p == '%')
        g_string_append_c (escaped, '%');
      g_string_append_c (escaped, *p);
    }
  parts = g_strsplit (format, "%b", -1);
  g_free (written);
  written = g_strjoinv (escaped->str, parts);
  g_string_free (escaped, TRUE);
  return g_steal_pointer (&written);
}

static char *
format_date (guint       julian,
             int         minutes,
             const char *format)
{
  g_autoptr(GDateTime) date_time = NULL;
  int year, month, day;

  if (!nv_date_to_ymd (julian, &year, &month, &day))
    return NULL;

  date_time = g_date_time_new_utc (year, month, day,
                                   MAX (minutes, 0) / 60, MAX (minutes, 0) % 60, 0);
  if (strstr (format, "%b") != NULL)
    {
      g_autofree char *with_month = with_abbreviated_month (date_time, format);

      return g_date_time_format (date_time, with_month);
    }
  return g_date_time_format (date_time, format);
}

/**
 * nv_format_clock_time:
 * @minutes: minutes after midnight
 *
 * Returns: "15.00" in Danish, "15:00" in English, or %NULL if unset
 */
char *
nv_format_clock_time (int minutes)
{
  if (minutes < 0 || minutes >= NV_MINUTES_PER_DAY)
    return NULL;

  /* Translators: a clock time; %H is the hour, %M the minutes. Danish: "%H.%M" */
  return format_date (nv_date_from_ymd (2000, 1, 1), minutes, C_("clock time", "%H:%M"));
}

/**
 * nv_format_date_short:
 *
 * Returns: "21. apr. 2027" in Danish, "21 Apr 2027" in English
 */
char *
nv_format_date_short (guint julian)
{
  /* Translators: a short date (strftime). Danish: "%-d. %b %Y" ("2. mar. 2027") */
  return format_date (julian, 0, C_("short date", "%-d %b %Y"));
}

/**
 * nv_format_date_long:
 *
 * Returns: "tirsdag d. 21. april 2027" in Danish, "Tuesday 21 April 2027"
 */
char *
nv_format_date_long (guint julian)
{
  /* Translators: a date in full (strftime). Danish: "%A d. %-d. %B %Y" */
  return format_date (julian, 0, C_("long date", "%A %-d %B %Y"));
}

/**
 * nv_format_date_plain:
 *
 * Returns: "21. april 2027" in Danish, "21 April 2027" in English: a date
 * without its weekday, as a letter is dated
 */
char *
nv_format_date_plain (guint julian)
{
  /* Translators: a date without the weekday (strftime). Danish: "%-d. %B %Y" */
  return format_date (julian, 0, C_("plain date", "%-d %B %Y"));
}

/**
 * nv_format_when:
 *
 * Returns: "tirsdag d. 21. april 2015 kl. 15.00" in Danish, "Tuesday
 * 21 April 2015 at 15:00" in English; just the date when @start is unset
 */
char *
nv_format_when (guint julian,
                int   start)
{
  if (start < 0)
    return nv_format_date_long (julian);

  /* Translators: a date and time in full (strftime). Danish: "%A d. %-d. %B %Y kl. %H.%M" */
  return format_date (julian, start, C_("long date and time", "%A %-d %B %Y at %H:%M"));
}

/**
 * nv_format_when_short:
 *
 * Returns: "10. feb 2027 kl. 13.00" in Danish, "10 Feb 2027, 13:00" in
 * English; just the date when @start is unset
 */
char *
nv_format_when_short (guint julian,
                      int   start)
{
  if (start < 0)
    return nv_format_date_short (julian);

  /* Translators: a short date and time (strftime). Danish: "%-d. %b %Y kl. %H.%M" */
  return format_date (julian, start, C_("short date and time", "%-d %b %Y, %H:%M"));
}

/**
 * nv_format_duration:
 *
 * Returns: "2 timer og 40 minutter" in Danish, "2 hours 40 minutes" in
 * English, with the right plurals
 */
char *
nv_format_duration (int minutes)
{
  g_autofree char *hours_text = NULL;
  g_autofree char *minutes_text = NULL;
  int hours = minutes / 60;
  int rest = minutes % 60;

  if (minutes < 0)
    return NULL;

  hours_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d hour", "%d hours", hours), hours);
  minutes_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d minute", "%d minutes", rest), rest);

  if (hours == 0)
    return g_steal_pointer (&minutes_text);
  if (rest == 0)
    return g_steal_pointer (&hours_text);

  /* Translators: "2 hours 40 minutes"; Danish: "%s og %s" */
  return g_strdup_printf (C_("hours and minutes", "%s %s"), hours_text, minutes_text);
}
