/* fuzz-letter.c: any text as an invitation letter template
 *
 * Copyright 2026 Netværk developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "nv-letter-template.h"

/* Values with braces and field names in them: they must come out as
 * they are, never read as fields */
static GHashTable *
awkward_values (void)
{
  GHashTable *values = g_hash_table_new (g_str_hash, g_str_equal);
  const NvLetterField *fields;
  guint n_fields;

  fields = nv_letter_template_fields (&n_fields);
  for (guint i = 0; i < n_fields; i++)
    g_hash_table_insert (values, (gpointer) fields[i].name, (gpointer) (i % 2 ? "{recipient}}" : "Søren {{ <b>"));
  return values;
}

int
LLVMFuzzerTestOneInput (const unsigned char *data,
                        size_t               size)
{
  static GHashTable *values;
  g_autofree char *text = g_strndup ((const char *) data, size);
  g_autoptr(GError) error = NULL;
  g_autofree char *letter = NULL;

  if (values == NULL)
    values = awkward_values ();

  letter = nv_letter_template_fill (text, values, &error);
  if (letter != NULL)
    {
      g_autofree char *escaped = nv_letter_template_escape (letter);
      g_autofree char *again = nv_letter_template_fill (escaped, values, NULL);

      g_assert (error == NULL);
      g_assert (g_utf8_validate (letter, -1, NULL));
      /* A letter written as a template fills to itself */
      g_assert (again != NULL && strcmp (again, letter) == 0);
    }
  else
    {
      g_assert (error != NULL && error->domain == NV_LETTER_TEMPLATE_ERROR);
      g_assert (g_utf8_validate (error->message, -1, NULL));
    }

  return 0;
}
