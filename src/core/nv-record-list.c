/* nv-record-list.c
 *
 * Copyright 2026 Netværk developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "nv-history-private.h"
#include "nv-record-list.h"
#include "nv-record-private.h"

/*
 * A GListModel of records, owned by one record (a network's meetings, a
 * meeting's agenda). Unlike a GListStore it knows its owner and tells
 * each item which list it is in, so that any record can find the plan
 * it belongs to, and with it the command history that records every
 * change. Items are kept in an array: getting one is O(1), which the
 * list views call for all the time.
 */
struct _NvRecordList
{
  GObject    parent_instance;

  GType      item_type;
  NvRecord  *owner;  /* not a reference: the owner owns the list */
  GPtrArray *items;
};

static void nv_record_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (NvRecordList, nv_record_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, nv_record_list_model_init))

static GType
nv_record_list_get_item_type (GListModel *model)
{
  return NV_RECORD_LIST (model)->item_type;
}

static guint
nv_record_list_get_n_items (GListModel *model)
{
  return NV_RECORD_LIST (model)->items->len;
}

static gpointer
nv_record_list_get_item (GListModel *model,
                         guint       position)
{
  NvRecordList *self = NV_RECORD_LIST (model);

  if (position >= self->items->len)
    return NULL;

  return g_object_ref (g_ptr_array_index (self->items, position));
}

static void
nv_record_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = nv_record_list_get_item_type;
  iface->get_n_items = nv_record_list_get_n_items;
  iface->get_item = nv_record_list_get_item;
}

static void
release_item (gpointer data)
{
  nv_record_set_container (data, NULL);
  g_object_unref (data);
}

static void
nv_record_list_finalize (GObject *object)
{
  NvRecordList *self = NV_RECORD_LIST (object);

  g_clear_pointer (&self->items, g_ptr_array_unref);

  G_OBJECT_CLASS (nv_record_list_parent_class)->finalize (object);
}

static void
nv_record_list_class_init (NvRecordListClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = nv_record_list_finalize;
}

static void
nv_record_list_init (NvRecordList *self)
{
  self->items = g_ptr_array_new_with_free_func (release_item);
}

NvRecordList *
nv_record_list_new (GType     item_type,
                    NvRecord *owner)
{
  NvRecordList *self;

  g_return_val_if_fail (g_type_is_a (item_type, NV_TYPE_RECORD), NULL);

  self = g_object_new (NV_TYPE_RECORD_LIST, NULL);
  self->item_type = item_type;
  self->owner = owner;
  return self;
}

NvRecord *
nv_record_list_get_owner (NvRecordList *self)
{
  g_return_val_if_fail (NV_IS_RECORD_LIST (self), NULL);

  return self->owner;
}

/**
 * nv_record_list_peek:
 *
 * Returns: (transfer none): the item at @position
 */
NvRecord *
nv_record_list_peek (NvRecordList *self,
                     guint         position)
{
  g_return_val_if_fail (NV_IS_RECORD_LIST (self), NULL);
  g_return_val_if_fail (position < self->items->len, NULL);

  return g_ptr_array_index (self->items, position);
}

gboolean
nv_record_list_find (NvRecordList *self,
                     NvRecord     *item,
                     guint        *position)
{
  g_return_val_if_fail (NV_IS_RECORD_LIST (self), FALSE);

  return g_ptr_array_find (self->items, item, position);
}

void
nv_record_list_insert (NvRecordList *self,
                       guint         position,
                       NvRecord     *item)
{
  g_return_if_fail (NV_IS_RECORD_LIST (self));
  g_return_if_fail (G_TYPE_CHECK_INSTANCE_TYPE (item, self->item_type));
  g_return_if_fail (nv_record_get_container (item) == NULL);
  g_return_if_fail (position <= self->items->len);

  nv_record_ensure_id (item);
  nv_history_record_insert (nv_record_find_history (self->owner), self, position, item);

  g_ptr_array_insert (self->items, position, g_object_ref (item));
  nv_record_set_container (item, self);
  g_list_model_items_changed (G_LIST_MODEL (self), position, 0, 1);
  nv_history_emit_changed (nv_record_find_history (self->owner));
}

void
nv_record_list_append (NvRecordList *self,
                       NvRecord     *item)
{
  g_return_if_fail (NV_IS_RECORD_LIST (self));

  nv_record_list_insert (self, self->items->len, item);
}

void
nv_record_list_remove (NvRecordList *self,
                       guint         position)
{
  NvRecord *item;

  g_return_if_fail (NV_IS_RECORD_LIST (self));
  g_return_if_fail (position < self->items->len);

  item = g_ptr_array_index (self->items, position);
  nv_history_record_remove (nv_record_find_history (self->owner), self, position, item);

  g_ptr_array_remove_index (self->items, position);
  g_list_model_items_changed (G_LIST_MODEL (self), position, 1, 0);
  nv_history_emit_changed (nv_record_find_history (self->owner));
}

/**
 * nv_record_list_move:
 *
 * Moves the item at @from so that it ends up at @to.
 */
void
nv_record_list_move (NvRecordList *self,
                     guint         from,
                     guint         to)
{
  g_autoptr(NvRecord) item = NULL;
  NvHistory *history;

  g_return_if_fail (NV_IS_RECORD_LIST (self));
  g_return_if_fail (from < self->items->len && to < self->items->len);

  if (from == to)
    return;

  history = nv_record_find_history (self->owner);
  nv_history_begin_group (history, NULL);
  item = g_object_ref (g_ptr_array_index (self->items, from));
  nv_record_list_remove (self, from);
  nv_record_list_insert (self, to, item);
  nv_history_end_group (history);
}

/**
 * nv_record_list_take_all:
 * @items: (transfer container): records for an empty list
 *
 * Fills an empty list at once, as the file reader does; not recorded in
 * the history, since nothing observes the list yet.
 */
void
nv_record_list_take_all (NvRecordList *self,
                         GPtrArray    *items)
{
  guint n = items->len;

  g_return_if_fail (NV_IS_RECORD_LIST (self));
  g_return_if_fail (self->items->len == 0);

  for (guint i = 0; i < n; i++)
    {
      NvRecord *item = g_ptr_array_index (items, i);

      g_ptr_array_add (self->items, g_object_ref (item));
      nv_record_set_container (item, self);
    }
  g_ptr_array_unref (items);

  if (n > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), 0, 0, n);
}
