/* nv-action-item.h
 *
 * Copyright 2026 Netværk developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "nv-action-item.h"
#include "nv-person.h"
#include "nv-agenda-item.h"

/* A task agreed at a meeting: what, who, by when. */
struct _NvActionItem
{
  NvRecord parent_instance;

  char *what;
  char *who;
  guint due;
  gboolean done;
  char *agenda_item;
};

G_DEFINE_FINAL_TYPE (NvActionItem, nv_action_item, NV_TYPE_RECORD)

enum {
  PROP_0,
  PROP_WHAT,
  PROP_WHO,
  PROP_DUE,
  PROP_DONE,
  PROP_AGENDA_ITEM,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
nv_action_item_class_init (NvActionItemClass *klass)
{
  properties[PROP_WHAT] =
    nv_field_string ("what", N_("What"), G_STRUCT_OFFSET (NvActionItem, what));
  properties[PROP_WHO] =
    nv_field_ref ("who", N_("Who"), NV_TYPE_PERSON, G_STRUCT_OFFSET (NvActionItem, who));
  properties[PROP_DUE] =
    nv_field_date ("due", N_("Due"), G_STRUCT_OFFSET (NvActionItem, due));
  properties[PROP_DONE] =
    nv_field_boolean ("done", N_("Done"), G_STRUCT_OFFSET (NvActionItem, done));
  properties[PROP_AGENDA_ITEM] =
    nv_field_ref ("agenda-item", N_("Agenda item"), NV_TYPE_AGENDA_ITEM, G_STRUCT_OFFSET (NvActionItem, agenda_item));

  nv_record_class_install_fields (NV_RECORD_CLASS (klass), "ai", N_PROPS, properties);
}

static void
nv_action_item_init (NvActionItem *self)
{
}

NvActionItem *
nv_action_item_new (void)
{
  return g_object_new (NV_TYPE_ACTION_ITEM, NULL);
}

const char *
nv_action_item_get_what (NvActionItem *self)
{
  g_return_val_if_fail (NV_IS_ACTION_ITEM (self), NULL);

  return self->what;
}

void
nv_action_item_set_what (NvActionItem *self,
                         const char *what)
{
  g_return_if_fail (NV_IS_ACTION_ITEM (self));

  nv_record_set_string (NV_RECORD (self), properties[PROP_WHAT], what);
}

const char *
nv_action_item_get_who (NvActionItem *self)
{
  g_return_val_if_fail (NV_IS_ACTION_ITEM (self), NULL);

  return self->who;
}

void
nv_action_item_set_who (NvActionItem *self,
                        const char *who)
{
  g_return_if_fail (NV_IS_ACTION_ITEM (self));

  nv_record_set_string (NV_RECORD (self), properties[PROP_WHO], who);
}

guint
nv_action_item_get_due (NvActionItem *self)
{
  g_return_val_if_fail (NV_IS_ACTION_ITEM (self), 0);

  return self->due;
}

void
nv_action_item_set_due (NvActionItem *self,
                        guint due)
{
  g_return_if_fail (NV_IS_ACTION_ITEM (self));

  nv_record_set_uint (NV_RECORD (self), properties[PROP_DUE], due);
}

gboolean
nv_action_item_get_done (NvActionItem *self)
{
  g_return_val_if_fail (NV_IS_ACTION_ITEM (self), 0);

  return self->done;
}

void
nv_action_item_set_done (NvActionItem *self,
                         gboolean done)
{
  g_return_if_fail (NV_IS_ACTION_ITEM (self));

  nv_record_set_boolean (NV_RECORD (self), properties[PROP_DONE], done);
}

const char *
nv_action_item_get_agenda_item (NvActionItem *self)
{
  g_return_val_if_fail (NV_IS_ACTION_ITEM (self), NULL);

  return self->agenda_item;
}

void
nv_action_item_set_agenda_item (NvActionItem *self,
                                const char *agenda_item)
{
  g_return_if_fail (NV_IS_ACTION_ITEM (self));

  nv_record_set_string (NV_RECORD (self), properties[PROP_AGENDA_ITEM], agenda_item);
}
