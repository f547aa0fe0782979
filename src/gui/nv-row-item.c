/* nv-row-item.c: a computed thing (a problem, a member's attendance) as
 * an item of a list model, for a list view's rows
 *
 * Copyright 2026 Netværk developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "nv-row-item.h"

struct _NvRowItem
{
  GObject        parent_instance;

  gpointer       data;
  GDestroyNotify destroy;
};

G_DEFINE_FINAL_TYPE (NvRowItem, nv_row_item, G_TYPE_OBJECT)

static void
nv_row_item_finalize (GObject *object)
{
  NvRowItem *self = NV_ROW_ITEM (object);

  if (self->destroy != NULL)
    g_clear_pointer (&self->data, self->destroy);

  G_OBJECT_CLASS (nv_row_item_parent_class)->finalize (object);
}

static void
nv_row_item_class_init (NvRowItemClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = nv_row_item_finalize;
}

static void
nv_row_item_init (NvRowItem *self)
{
}

/**
 * nv_row_item_new:
 * @data: (transfer full): what the item stands for
 * @destroy: (nullable): frees @data with the item
 */
NvRowItem *
nv_row_item_new (gpointer       data,
                 GDestroyNotify destroy)
{
  NvRowItem *self = g_object_new (NV_TYPE_ROW_ITEM, NULL);

  self->data = data;
  self->destroy = destroy;
  return self;
}

gpointer
nv_row_item_get_data (NvRowItem *self)
{
  g_return_val_if_fail (NV_IS_ROW_ITEM (self), NULL);

  return self->data;
}
