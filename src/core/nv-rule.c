/* nv-rule.h
 *
 * Copyright 2026 Netværk developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "nv-rule.h"

/* A rule a network's members agreed on (confidentiality, attendance…). */
struct _NvRule
{
  NvRecord parent_instance;

  char *title;
  char *text;
};

G_DEFINE_FINAL_TYPE (NvRule, nv_rule, NV_TYPE_RECORD)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_TEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
nv_rule_class_init (NvRuleClass *klass)
{
  properties[PROP_TITLE] =
    nv_field_string ("title", N_("Title"), G_STRUCT_OFFSET (NvRule, title));
  properties[PROP_TEXT] =
    nv_field_string ("text", N_("Text"), G_STRUCT_OFFSET (NvRule, text));

  nv_record_class_install_fields (NV_RECORD_CLASS (klass), "r", N_PROPS, properties);
}

static void
nv_rule_init (NvRule *self)
{
}

NvRule *
nv_rule_new (void)
{
  return g_object_new (NV_TYPE_RULE, NULL);
}

const char *
nv_rule_get_title (NvRule *self)
{
  g_return_val_if_fail (NV_IS_RULE (self), NULL);

  return self->title;
}

void
nv_rule_set_title (NvRule *self,
                   const char *title)
{
  g_return_if_fail (NV_IS_RULE (self));

  nv_record_set_string (NV_RECORD (self), properties[PROP_TITLE], title);
}

const char *
nv_rule_get_text (NvRule *self)
{
  g_return_val_if_fail (NV_IS_RULE (self), NULL);

  return self->text;
}

void
nv_rule_set_text (NvRule *self,
                  const char *text)
{
  g_return_if_fail (NV_IS_RULE (self));

  nv_record_set_string (NV_RECORD (self), properties[PROP_TEXT], text);
}
