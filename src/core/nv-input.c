/* nv-input.c
 *
 * Copyright 2026 Netværk developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdlib.h>
#include <string.h>

#include "nv-input.h"
#include "nv-util.h"

G_DEFINE_QUARK (nv-input-error-quark, nv_input_error)

/* Reads a run of digits; FALSE if there is none or it is absurdly long */
static gboolean
read_number (const char **p,
             int         *value)
{
  const char *start = *p;

  *value = 0;
  while (g_ascii_isdigit (**p))
    {
      if (*p - start >= 5)
        return FALSE;
      *value = *value * 10 + (**p - '0');
      (*p)++;
    }
  return *p > start;
}

static void
skip_spaces (const char **p)
{
  while (g_ascii_isspace (**p))
    (*p)++;
}

/**
 * nv_parse_clock_time:
 * @text: what the user typed: "15.00", "15:00", "15", "1500", "9.30"
 *
 * Returns: %TRUE and the minutes after midnight, or %FALSE with a
 * message that says what is wrong
 */
gboolean
nv_parse_clock_time (const char  *text,
                     int         *minutes,
                     GError     **error)
{
  const char *p = text;
  int hours = 0, mins = 0;
  gsize digits;

  skip_spaces (&p);
  digits = strspn (p, "0123456789");

  if (digits == 4 && p[4] != '.' && p[4] != ':')
    {
      /* "1500" */
      hours = (p[0] - '0') * 10 + (p[1] - '0');
      mins = (p[2] - '0') * 10 + (p[3] - '0');
      p += 4;
    }
  else if (digits >= 1 && digits <= 2)
    {
      read_number (&p, &hours);
      if (*p == '.' || *p == ':')
        {
          p++;
          if (strspn (p, "0123456789") != 2 || !read_number (&p, &mins))
            goto invalid;
        }
    }
  else
    goto invalid;

  skip_spaces (&p);
  if (*p != '\0')
    goto invalid;

  if (hours > 23 || mins > 59)
    {
      g_set_error (error, NV_INPUT_ERROR, NV_INPUT_ERROR_OUT_OF_RANGE,
                   _("“%s” is not a time of day: use 00.00 to 23.59"), text);
      return FALSE;
    }

  *minutes = hours * 60 + mins;
  return TRUE;

invalid:
  g_set_error (error, NV_INPUT_ERROR, NV_INPUT_ERROR_INVALID,
               _("“%s” is not a time: write it as 15.00"), text);
  return FALSE;
}

static gboolean
is_unit (const char  *p,
         const char  *units,
         gsize       *length)
{
  g_auto(GStrv) words = g_strsplit (units, "|", -1);

  for (guint i = 0; words[i] != NULL; i++)
    {
      gsize n = strlen (words[i]);

      if (g_ascii_strncasecmp (p, words[i], n) == 0 && !g_ascii_isalpha (p[n]))
        {
          *length = n;
          return TRUE;
        }
    }
  return FALSE;
}

/**
 * nv_parse_duration:
 * @text: what the user typed: "15", "1:30", "1.30", "1 t 30 min",
 *   "1 h 30 min", "2 timer", "90 minutter", "ca. 15 min."
 *
 * Returns: %TRUE and the length in minutes, or %FALSE with a message
 * that says what is wrong. Empty text is not a duration.
 */
gboolean
nv_parse_duration (const char  *text,
                   int         *minutes,
                   GError     **error)
{
  /* Hour and minute words in Danish and English, as the seeds write them */
  static const char hour_units[] = "timer|time|hours|hour|hrs|hr|t|h";
  static const char minute_units[] = "minutter|minut|minutes|minute|mins|min|m";
  const char *p = text;
  int total = 0, value, mins;
  gboolean any = FALSE;
  gsize length;

  skip_spaces (&p);
  if (g_ascii_strncasecmp (p, "ca.", 3) == 0)
    p += 3;

  while (skip_spaces (&p), *p != '\0')
    {
      if (*p == '-')
        goto negative;
      if (!read_number (&p, &value))
        goto invalid;

      if ((*p == ':' || *p == '.') && g_ascii_isdigit (p[1]))
        {
          /* "1:30" is hours and minutes */
          p++;
          if (strspn (p, "0123456789") != 2 || !read_number (&p, &mins) || mins > 59)
            goto invalid;
          total += value * 60 + mins;
        }
      else
        {
          skip_spaces (&p);
          if (is_unit (p, hour_units, &length))
            total += value * 60;
          else
            {
              total += value;
              if (is_unit (p, minute_units, &length))
                ;
              else
                length = 0;
            }
          p += length;
          if (*p == '.')
            p++;
          skip_spaces (&p);
          if (g_ascii_strncasecmp (p, "og", 2) == 0 && !g_ascii_isalpha (p[2]))
            p += 2;
          else if (g_ascii_strncasecmp (p, "and", 3) == 0 && !g_ascii_isalpha (p[3]))
            p += 3;
        }

      any = TRUE;
      if (total > NV_MINUTES_PER_DAY)
        {
          g_set_error (error, NV_INPUT_ERROR, NV_INPUT_ERROR_OUT_OF_RANGE,
                       _("“%s” is longer than a day"), text);
          return FALSE;
        }
    }

  if (!any)
    goto invalid;

  *minutes = total;
  return TRUE;

negative:
  g_set_error (error, NV_INPUT_ERROR, NV_INPUT_ERROR_OUT_OF_RANGE,
               _("A length cannot be negative"));
  return FALSE;

invalid:
  g_set_error (error, NV_INPUT_ERROR, NV_INPUT_ERROR_INVALID,
               _("“%s” is not a length: write “15”, “1:30” or “1 h 30 min”"),
               text);
  return FALSE;
}

/**
 * nv_format_duration_short:
 *
 * Returns: "1 t 30 min" in Danish, "1 h 30 min" in English: what the
 * duration fields show, and read back
 */
char *
nv_format_duration_short (int minutes)
{
  if (minutes < 0)
    return NULL;

  if (minutes < 60)
    /* Translators: a short duration in minutes, "45 min" */
    return g_strdup_printf (C_("duration", "%d min"), minutes);
  if (minutes % 60 == 0)
    /* Translators: a short duration in whole hours; Danish "%d t" */
    return g_strdup_printf (C_("duration", "%d h"), minutes / 60);

  /* Translators: a short duration; Danish "%d t %d min" */
  return g_strdup_printf (C_("duration", "%d h %d min"), minutes / 60, minutes % 60);
}

/**
 * nv_email_is_valid:
 *
 * Whether @address looks like an e-mail address a mail program accepts:
 * one "@", something before it, a domain with a dot after it, no spaces.
 */
gboolean
nv_email_is_valid (const char *address)
{
  const char *at = address != NULL ? strchr (address, '@') : NULL;
  const char *dot;

  if (at == NULL || at == address || strchr (at + 1, '@') != NULL)
    return FALSE;

  for (const char *p = address; *p != '\0'; p++)
    if (g_ascii_isspace (*p) || *p == ',' || *p == ';' || *p == '<' || *p == '>')
      return FALSE;

  dot = strrchr (at + 1, '.');
  return dot != NULL && dot > at + 1 && dot[1] != '\0';
}

/* Dates and times typed into one field, as the planning grid shows them */

typedef struct
{
  int day, month, year;     /* 0 while not given */
  gboolean day_first;       /* "21." or "21" was read before a month name */
} DateParts;

static const char * const month_names[] = {
  /* English, then Danish; matched in full or by their first three letters */
  "january", "february", "march", "april", "may", "june", "july",
  "august", "september", "october", "november", "december",
  "januar", "februar", "marts", "april", "maj", "juni", "juli",
  "august", "september", "oktober", "november", "december",
};

static const char * const skipped_words[] = {
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
  "mon", "tue", "wed", "thu", "fri", "sat", "sun",
  "mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag",
  "man", "tir", "ons", "tor", "fre", "lør", "søn",
  "d", "den", "the", "on", "of",
};

static const char * const time_words[] = { "kl", "klokken", "at" };

static gboolean
word_in (const char         *word,
         const char * const *words,
         gsize               n_words)
{
  for (gsize i = 0; i < n_words; i++)
    if (g_str_equal (word, words[i]))
      return TRUE;
  return FALSE;
}

/* 1–12 for a month's name in English, Danish or the user's language */
static int
month_from_word (const char *word)
{
  gsize length = g_utf8_strlen (word, -1);

  for (guint i = 0; i < G_N_ELEMENTS (month_names); i++)
    if (g_str_equal (word, month_names[i]) ||
        (length >= 3 && g_str_has_prefix (month_names[i], word)))
      return i % 12 + 1;

  for (int month = 1; month <= 12; month++)
    {
      g_autoptr(GDateTime) date = g_date_time_new_utc (2000, month, 1, 0, 0, 0);
      static const char * const formats[] = { "%b", "%B" };

      for (guint f = 0; f < G_N_ELEMENTS (formats); f++)
        {
          g_autofree char *name = g_date_time_format (date, formats[f]);
          g_autofree char *folded = name != NULL ? g_utf8_casefold (name, -1) : NULL;

          if (folded != NULL && g_str_has_suffix (folded, "."))
            folded[strlen (folded) - 1] = '\0';
          if (folded != NULL && folded[0] != '\0' && g_str_equal (word, folded))
            return month;
        }
    }
  return 0;
}

/* A run of 1–4 digits and nothing else */
static gboolean
parse_digits (const char *text,
              int        *value)
{
  gsize n = strlen (text);

  if (n == 0 || n > 4 || strspn (text, "0123456789") != n)
    return FALSE;
  *value = atoi (text);
  return TRUE;
}

static int
full_year (const char *digits,
           int         year)
{
  /* "27" is 2027 */
  return strlen (digits) <= 2 ? 2000 + year : year;
}

/* "21.4.2027", "21/4/27", "21-04-2027", "2027-04-21", "21.4." or "21/4" */
static gboolean
parse_numeric_date (const char *word,
                    DateParts  *parts)
{
  g_auto(GStrv) pieces = g_regex_split_simple ("[./-]", word, 0, 0);
  guint n = g_strv_length (pieces);
  int a, b, c;

  /* "21.4." ends with a separator */
  if (n > 0 && pieces[n - 1][0] == '\0')
    n--;

  if (n < 2 || n > 3 || !parse_digits (pieces[0], &a) || !parse_digits (pieces[1], &b))
    return FALSE;

  if (n == 3)
    {
      if (!parse_digits (pieces[2], &c))
        return FALSE;
      if (strlen (pieces[0]) == 4)
        {
          parts->year = a;
          parts->month = b;
          parts->day = c;
        }
      else
        {
          parts->day = a;
          parts->month = b;
          parts->year = full_year (pieces[2], c);
        }
    }
  else
    {
      parts->day = a;
      parts->month = b;
    }
  return TRUE;
}

/* "15.30" could be a day and a month; it is a time when it cannot be a
 * date or when the date is already known. Bare numbers are never times
 * unless "kl." comes first. */
static gboolean
looks_like_time (const char *word,
                 gboolean    have_date)
{
  const char *dot = strchr (word, '.');
  g_autofree char *first = NULL;
  int a, b;

  if (strchr (word, ':') != NULL)
    return TRUE;
  if (dot == NULL || strchr (dot + 1, '.') != NULL || strlen (dot + 1) != 2)
    return FALSE;

  first = g_strndup (word, dot - word);
  if (!parse_digits (first, &a) || !parse_digits (dot + 1, &b))
    return FALSE;

  return have_date || a > 31 || b > 12 || b == 0;
}

/**
 * nv_parse_date_time:
 * @text: what the user typed: "21.4.2027 15.00", "21/4 kl. 15",
 *   "2027-04-21", "tirsdag d. 21. april 2027 kl. 15.00",
 *   "21 Apr 2027, 15:00", or only a date or only a time
 * @reference: a date whose year is taken when @text gives none (0: today)
 * @date: (out): the date, or 0 if @text gives none
 * @start: (out): minutes after midnight, or -1 if @text gives no time
 *
 * Empty text gives neither, which is not an error.
 *
 * Returns: %TRUE, or %FALSE with a message that says what is wrong: an
 * impossible date ("30.2.2027"), a time that is not one ("25.00"), or
 * text that is neither
 */
gboolean
nv_parse_date_time (const char  *text,
                    guint        reference,
                    guint       *date,
                    int         *start,
                    GError     **error)
{
  g_autofree char *folded = g_utf8_casefold (text, -1);
  g_auto(GStrv) words = g_regex_split_simple ("[\\s,]+", g_strstrip (folded), 0, 0);
  DateParts parts = { 0, };
  gboolean have_date = FALSE, time_next = FALSE;
  int minutes = -1;
  guint julian = 0;

  for (guint i = 0; words[i] != NULL; i++)
    {
      g_autofree char *word = g_strdup (words[i]);
      g_autofree char *bare = NULL;
      int value;

      if (word[0] == '\0')
        continue;

      bare = g_strdup (word);
      if (g_str_has_suffix (bare, "."))
        bare[strlen (bare) - 1] = '\0';

      if (word_in (bare, time_words, G_N_ELEMENTS (time_words)))
        {
          time_next = TRUE;
          continue;
        }
      if (word_in (bare, skipped_words, G_N_ELEMENTS (skipped_words)))
        continue;

      if (time_next || looks_like_time (word, have_date || parts.month != 0))
        {
          if (minutes >= 0)
            goto invalid;
          if (!nv_parse_clock_time (word, &minutes, NULL) &&
              !nv_parse_clock_time (bare, &minutes, error))
            return FALSE;
          time_next = FALSE;
          continue;
        }

      if (g_ascii_isdigit (bare[0]) && strpbrk (bare, "./-") != NULL)
        {
          if (have_date || parts.day != 0 || !parse_numeric_date (word, &parts))
            goto invalid;
          have_date = TRUE;
          continue;
        }

      if (parse_digits (bare, &value))
        {
          /* "21. april 2027", "21 Apr 2027" or "April 21 2027" */
          if (strlen (bare) == 4 && parts.month != 0 && parts.year == 0)
            parts.year = value;
          else if (parts.day == 0 && strlen (bare) <= 2)
            parts.day = value;
          else
            goto invalid;
          continue;
        }

      value = month_from_word (bare);
      if (value == 0 || parts.month != 0)
        goto invalid;
      parts.month = value;
    }

  if (time_next)
    goto invalid;

  if (parts.day != 0 || parts.month != 0 || parts.year != 0)
    {
      int ref_year, ref_month, ref_day;

      if (parts.day == 0 || parts.month == 0)
        goto invalid;
      if (parts.year == 0)
        {
          if (!nv_date_to_ymd (reference, &ref_year, &ref_month, &ref_day) &&
              !nv_date_to_ymd (nv_date_today (), &ref_year, &ref_month, &ref_day))
            ref_year = 2000;
          parts.year = ref_year;
        }

      julian = parts.year >= 1900 && parts.year <= 2999 && parts.month <= 12
               ? nv_date_from_ymd (parts.year, parts.month, parts.day) : 0;
      if (julian == 0)
        {
          g_set_error (error, NV_INPUT_ERROR, NV_INPUT_ERROR_OUT_OF_RANGE,
                       _("“%s” is not a date in the calendar"), text);
          return FALSE;
        }
    }

  *date = julian;
  *start = minutes;
  return TRUE;

invalid:
  g_set_error (error, NV_INPUT_ERROR, NV_INPUT_ERROR_INVALID,
               _("“%s” is not a date and time: write it as 21.4.2027 15.00"), text);
  return FALSE;
}
