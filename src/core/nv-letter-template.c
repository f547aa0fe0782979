/* nv-letter-template.c
 *
 * Copyright 2026 Netværk developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "nv-letter-template.h"

/*
 * A letter template is the letter's text with the seed's "(indsæt …)"
 * gaps written as named fields: "Kære {recipient}". "{{" and "}}" write
 * a brace. The values are put in as they are and never read as fields
 * themselves, so a name containing "{chair}" stays that text. A
 * template that names no known field, or leaves a brace open, is an
 * error that says where, so the template editor can point at it.
 */

G_DEFINE_QUARK (nv-letter-template-error-quark, nv_letter_template_error)

static const NvLetterField fields[] = {
  { "place_and_date", N_("Place and date of writing") },
  { "recipient", N_("Recipient’s name") },
  { "network", N_("Network") },
  { "meeting_title", N_("Meeting title") },
  { "meeting_time", N_("Meeting date and time") },
  { "meeting_place", N_("Meeting place") },
  { "number_invited", N_("Number invited") },
  { "questions", N_("Preparation questions") },
  { "reply_by", N_("Reply-by date") },
  { "organiser", N_("Organiser’s name") },
  { "organiser_phone", N_("Organiser’s phone") },
  { "organiser_email", N_("Organiser’s e-mail") },
  { "chair", N_("Chair’s name") },
};

/**
 * nv_letter_template_fields:
 *
 * Returns: (array length=n_fields): the fields a template may name
 */
const NvLetterField *
nv_letter_template_fields (guint *n_fields)
{
  *n_fields = G_N_ELEMENTS (fields);
  return fields;
}

static gboolean
is_field (const char *name,
          gsize       length)
{
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    if (strlen (fields[i].name) == length && memcmp (fields[i].name, name, length) == 0)
      return TRUE;
  return FALSE;
}

static guint
line_of (const char *text,
         const char *at)
{
  guint line = 1;

  for (const char *p = text; p < at; p++)
    line += *p == '\n';
  return line;
}

static void
set_field_error (GError     **error,
                 const char  *text,
                 const char  *at,
                 const char  *name,
                 gsize        length)
{
  /* Quote at most a line's worth: the "name" may be the rest of a file */
  g_autofree char *quoted = g_utf8_make_valid (name, MIN (length, 60));

  g_set_error (error, NV_LETTER_TEMPLATE_ERROR, NV_LETTER_TEMPLATE_ERROR_UNKNOWN_FIELD,
               /* Translators: "Line 3: “{navn}” is not a field of the letter" */
               _("Line %u: “{%s}” is not a field of the letter"), line_of (text, at), quoted);
}

/**
 * nv_letter_template_fill:
 * @template_text: a template, UTF-8
 * @values: (element-type utf8 utf8): a value for each field; a field
 *   without one is left empty
 *
 * Returns: (transfer full) (nullable): the letter, or %NULL with @error
 * set if the template is not valid
 */
char *
nv_letter_template_fill (const char  *template_text,
                         GHashTable  *values,
                         GError     **error)
{
  g_autoptr(GString) letter = g_string_new (NULL);
  const char *p = template_text;

  if (!g_utf8_validate (template_text, -1, NULL))
    {
      g_set_error_literal (error, NV_LETTER_TEMPLATE_ERROR, NV_LETTER_TEMPLATE_ERROR_ENCODING,
                           _("The template is not UTF-8 text"));
      return NULL;
    }

  while (*p != '\0')
    {
      const char *brace = strpbrk (p, "{}");
      const char *close;

      if (brace == NULL)
        {
          g_string_append (letter, p);
          break;
        }

      g_string_append_len (letter, p, brace - p);
      if (brace[0] == brace[1])
        {
          g_string_append_c (letter, brace[0]);
          p = brace + 2;
          continue;
        }
      if (*brace == '}')
        {
          g_set_error (error, NV_LETTER_TEMPLATE_ERROR, NV_LETTER_TEMPLATE_ERROR_STRAY_BRACE,
                       _("Line %u: a “}” without its “{”; write “}}” for a brace"),
                       line_of (template_text, brace));
          return NULL;
        }

      close = strpbrk (brace + 1, "{}\n");
      if (close == NULL || *close != '}')
        {
          g_set_error (error, NV_LETTER_TEMPLATE_ERROR, NV_LETTER_TEMPLATE_ERROR_UNCLOSED,
                       _("Line %u: a “{” is not closed on its line; write “{{” for a brace"),
                       line_of (template_text, brace));
          return NULL;
        }
      if (!is_field (brace + 1, close - brace - 1))
        {
          set_field_error (error, template_text, brace, brace + 1, close - brace - 1);
          return NULL;
        }

      {
        g_autofree char *name = g_strndup (brace + 1, close - brace - 1);
        const char *value = values != NULL ? g_hash_table_lookup (values, name) : NULL;

        if (value != NULL)
          g_string_append (letter, value);
      }
      p = close + 1;
    }

  return g_string_free (g_steal_pointer (&letter), FALSE);
}

/**
 * nv_letter_template_escape:
 *
 * Returns: (transfer full): @text as a template that fills to @text
 */
char *
nv_letter_template_escape (const char *text)
{
  GString *escaped = g_string_sized_new (strlen (text));

  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '{' || *p == '}')
        g_string_append_c (escaped, *p);
      g_string_append_c (escaped, *p);
    }

  return g_string_free (escaped, FALSE);
}
