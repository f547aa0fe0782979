/* nv-input.c
 *
 * Copyright 2026 Netværk developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
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
               _("“%s” is not a length: write minutes (“15”), hours and minutes (“1:30”) or “1 h 30 min”"),
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
