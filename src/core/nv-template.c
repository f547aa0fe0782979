/* nv-template.h
 *
 * Copyright 2026 Netværk developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "nv-template.h"
#include "nv-agenda-item.h"

/* An agenda kept to start meetings from. */
struct _NvTemplate
{
  NvRecord parent_instance;

  char *name;
  int start;
  NvRecordList *items;
};

G_DEFINE_FINAL_TYPE (NvTemplate, nv_template, NV_TYPE_RECORD)

enum {
  PROP_0,
  PROP_NAME,
  PROP_START,
  PROP_ITEMS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
nv_template_class_init (NvTemplateClass *klass)
{
  properties[PROP_NAME] =
    nv_field_string ("name", N_("Name"), G_STRUCT_OFFSET (NvTemplate, name));
  properties[PROP_START] =
    nv_field_time ("start", N_("Start"), G_STRUCT_OFFSET (NvTemplate, start));
  properties[PROP_ITEMS] =
    nv_field_list ("items", N_("Items"), NV_TYPE_AGENDA_ITEM, G_STRUCT_OFFSET (NvTemplate, items));

  nv_record_class_install_fields (NV_RECORD_CLASS (klass), "t", N_PROPS, properties);
}

static void
nv_template_init (NvTemplate *self)
{
}

NvTemplate *
nv_template_new (void)
{
  return g_object_new (NV_TYPE_TEMPLATE, NULL);
}

const char *
nv_template_get_name (NvTemplate *self)
{
  g_return_val_if_fail (NV_IS_TEMPLATE (self), NULL);

  return self->name;
}

void
nv_template_set_name (NvTemplate *self,
                      const char *name)
{
  g_return_if_fail (NV_IS_TEMPLATE (self));

  nv_record_set_string (NV_RECORD (self), properties[PROP_NAME], name);
}

int
nv_template_get_start (NvTemplate *self)
{
  g_return_val_if_fail (NV_IS_TEMPLATE (self), 0);

  return self->start;
}

void
nv_template_set_start (NvTemplate *self,
                       int start)
{
  g_return_if_fail (NV_IS_TEMPLATE (self));

  nv_record_set_int (NV_RECORD (self), properties[PROP_START], start);
}

GListModel *
nv_template_get_items (NvTemplate *self)
{
  g_return_val_if_fail (NV_IS_TEMPLATE (self), NULL);

  return G_LIST_MODEL (self->items);
}
