/* nv-row-list.c: a list of thousands that makes rows only for what is on screen
 *
 * Copyright 2026 Netværk developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "nv-row-list.h"

/*
 * The people of a plan, or the members of a contact network, can be
 * thousands: a list box makes a row, and an opened form, for every one
 * of them (6 000 members took minutes and gigabytes). NvRowList is a
 * GtkListView in a card, which makes rows only around the items on
 * screen (GTK 4.8 keeps up to 200 made) and makes them again as they
 * scroll into view. It looks like a boxed list (libadwaita 1.2 styles
 * only list boxes as boxed lists: see data/style.css). Rows are the
 * same action and expander rows the rest of the application uses; an
 * expander row gets its inner rows when it is first opened, and the
 * list remembers which items are open while their rows come and go.
 *
 * With max-content-height set, the list takes the height of its rows
 * up to that height, and scrolls inside it beyond (a list in a page of
 * other groups); unset, it fills the height it is given.
 */

struct _NvRowList
{
  AdwBin               parent_instance;

  GtkScrolledWindow   *scrolled;
  GtkListView         *list_view;
  AdwBin              *placeholder_bin;
  GtkNoSelection      *selection;

  GListModel          *model;
  gulong               items_changed_handler;
  NvRowListCreateFunc  create_row;
  NvRowListFillFunc    fill_row;
  gpointer             user_data;

  GHashTable          *rows;         /* item → its row, while on screen */
  GHashTable          *opened;       /* items whose rows are open */
  GObject             *focus_item;   /* to focus when its row is made */
  int                  max_content_height;
};

G_DEFINE_FINAL_TYPE (NvRowList, nv_row_list, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_MAX_CONTENT_HEIGHT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

#define ITEM_KEY   "nv-row-list-item"
#define FILLED_KEY "nv-row-list-filled"

static void
fill_once (NvRowList      *self,
           AdwExpanderRow *row)
{
  if (self->fill_row == NULL || g_object_get_data (G_OBJECT (row), FILLED_KEY) != NULL)
    return;

  g_object_set_data (G_OBJECT (row), FILLED_KEY, GINT_TO_POINTER (TRUE));
  self->fill_row (row, g_object_get_data (G_OBJECT (row), ITEM_KEY), self->user_data);
}

static void
on_row_expanded_cb (NvRowList      *self,
                    GParamSpec     *pspec,
                    AdwExpanderRow *row)
{
  gpointer item = g_object_get_data (G_OBJECT (row), ITEM_KEY);

  if (adw_expander_row_get_expanded (row))
    {
      fill_once (self, row);
      g_hash_table_add (self->opened, g_object_ref (item));
    }
  else
    g_hash_table_remove (self->opened, item);
}

static gboolean
focus_row_cb (gpointer data)
{
  GtkWidget *row = data;

  if (gtk_widget_get_mapped (row))
    gtk_widget_grab_focus (row);
  return G_SOURCE_REMOVE;
}

static void
bind_row (GtkSignalListItemFactory *factory,
          GtkListItem              *list_item,
          NvRowList                *self)
{
  GObject *item = gtk_list_item_get_item (list_item);
  GtkWidget *row = self->create_row (item, self->user_data);
  GtkWidget *box = gtk_list_box_new ();

  g_object_set_data (G_OBJECT (row), ITEM_KEY, item);
  if (ADW_IS_EXPANDER_ROW (row))
    {
      if (g_hash_table_contains (self->opened, item))
        {
          fill_once (self, ADW_EXPANDER_ROW (row));
          adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
        }
      g_signal_connect_object (row, "notify::expanded", G_CALLBACK (on_row_expanded_cb), self, G_CONNECT_SWAPPED);
    }

  /* A row of one: list box rows are made to live in a list box, which
   * activates them (their actions), focuses them and lets them open */
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (box), GTK_SELECTION_NONE);
  gtk_list_box_append (GTK_LIST_BOX (box), row);
  g_hash_table_insert (self->rows, item, row);
  gtk_list_item_set_child (list_item, box);

  /* Rows are made while the list is laid out: focus once it is shown */
  if (item == self->focus_item)
    {
      g_clear_object (&self->focus_item);
      g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, focus_row_cb, g_object_ref (row), g_object_unref);
    }
}

static void
unbind_row (GtkSignalListItemFactory *factory,
            GtkListItem              *list_item,
            NvRowList                *self)
{
  g_hash_table_remove (self->rows, gtk_list_item_get_item (list_item));
  gtk_list_item_set_child (list_item, NULL);
}

static void
update_empty (NvRowList *self)
{
  gboolean empty = self->model == NULL || g_list_model_get_n_items (self->model) == 0;

  /* (The stack is the bin's child, not a template child: it must not
   * be disposed twice) */
  gtk_stack_set_visible_child_name (GTK_STACK (adw_bin_get_child (ADW_BIN (self))),
                                    empty && adw_bin_get_child (self->placeholder_bin) != NULL ? "empty" : "rows");
}

/* A scrolling page gives each of its groups only its minimum height: a
 * list that scrolls inside the page asks for the height of its rows, up
 * to max-content-height, as its minimum */
static void
measure_cb (GtkWidget      *widget,
            GtkOrientation  orientation,
            int             for_size,
            int            *minimum,
            int            *natural,
            int            *minimum_baseline,
            int            *natural_baseline)
{
  NvRowList *self = NV_ROW_LIST (widget);
  GtkWidget *child = adw_bin_get_child (ADW_BIN (self));

  *minimum = *natural = 0;
  if (child == NULL)
    return;

  gtk_widget_measure (child, orientation, for_size, minimum, natural, minimum_baseline, natural_baseline);
  if (orientation == GTK_ORIENTATION_VERTICAL && self->max_content_height > 0)
    *minimum = MAX (*minimum, MIN (*natural, self->max_content_height));
}

static void
allocate_cb (GtkWidget *widget,
             int        width,
             int        height,
             int        baseline)
{
  GtkWidget *child = adw_bin_get_child (ADW_BIN (widget));

  if (child != NULL)
    gtk_widget_allocate (child, width, height, baseline, NULL);
}

static void
set_max_content_height (NvRowList *self,
                        int        height)
{
  if (self->max_content_height == height)
    return;

  self->max_content_height = height;
  gtk_scrolled_window_set_propagate_natural_height (self->scrolled, height > 0);
  gtk_scrolled_window_set_max_content_height (self->scrolled, height > 0 ? height : -1);
  gtk_widget_set_vexpand (GTK_WIDGET (self->scrolled), height <= 0);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MAX_CONTENT_HEIGHT]);
}

static void
nv_row_list_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  NvRowList *self = NV_ROW_LIST (object);

  switch (prop_id)
    {
    case PROP_MAX_CONTENT_HEIGHT:
      g_value_set_int (value, self->max_content_height);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
nv_row_list_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  NvRowList *self = NV_ROW_LIST (object);

  switch (prop_id)
    {
    case PROP_MAX_CONTENT_HEIGHT:
      set_max_content_height (self, g_value_get_int (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
nv_row_list_dispose (GObject *object)
{
  NvRowList *self = NV_ROW_LIST (object);

  if (self->model != NULL)
    g_clear_signal_handler (&self->items_changed_handler, self->model);
  gtk_widget_dispose_template (GTK_WIDGET (self), NV_TYPE_ROW_LIST);
  g_clear_object (&self->model);
  g_clear_object (&self->selection);
  g_clear_object (&self->focus_item);
  g_clear_pointer (&self->rows, g_hash_table_unref);
  g_clear_pointer (&self->opened, g_hash_table_unref);

  G_OBJECT_CLASS (nv_row_list_parent_class)->dispose (object);
}

static void
nv_row_list_class_init (NvRowListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = nv_row_list_dispose;
  object_class->get_property = nv_row_list_get_property;
  object_class->set_property = nv_row_list_set_property;

  /**
   * NvRowList:max-content-height:
   *
   * The height up to which the list grows with its rows, or -1 to
   * fill the height it is given.
   */
  properties[PROP_MAX_CONTENT_HEIGHT] =
    g_param_spec_int ("max-content-height", NULL, NULL, -1, G_MAXINT, -1,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/com/example/Netvaerk/ui/nv-row-list.ui");
  gtk_widget_class_bind_template_child (widget_class, NvRowList, scrolled);
  gtk_widget_class_bind_template_child (widget_class, NvRowList, list_view);
  gtk_widget_class_bind_template_child (widget_class, NvRowList, placeholder_bin);
}

static void
nv_row_list_init (NvRowList *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_set_layout_manager (GTK_WIDGET (self), gtk_custom_layout_new (NULL, measure_cb, allocate_cb));

  self->max_content_height = 0;
  set_max_content_height (self, -1);
  self->rows = g_hash_table_new (NULL, NULL);
  self->opened = g_hash_table_new_full (NULL, NULL, g_object_unref, NULL);

  g_signal_connect (factory, "bind", G_CALLBACK (bind_row), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_row), self);
  gtk_list_view_set_factory (self->list_view, factory);
  self->selection = gtk_no_selection_new (NULL);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));
}

/**
 * nv_row_list_set_model:
 * @model: the items, one row each
 * @create_row: makes an item's row
 * @fill_row: (nullable): fills an expander row when it is first opened
 *
 * Shows @model. Which rows were open is forgotten, unless @model and
 * the functions are those shown already.
 */
void
nv_row_list_set_model (NvRowList           *self,
                       GListModel          *model,
                       NvRowListCreateFunc  create_row,
                       NvRowListFillFunc    fill_row,
                       gpointer             user_data)
{
  g_return_if_fail (NV_IS_ROW_LIST (self));
  g_return_if_fail (G_IS_LIST_MODEL (model));
  g_return_if_fail (create_row != NULL);

  /* The same again, as when a page is shown again while the list itself
   * changes (an undo that removes the shown meeting shows its network):
   * a model changed in the middle of its own items-changed leaves GTK
   * 4.8's list view with rows for items that are gone */
  if (model == self->model && create_row == self->create_row &&
      fill_row == self->fill_row && user_data == self->user_data)
    return;

  /* The old rows go first, made by the old functions */
  gtk_no_selection_set_model (self->selection, NULL);
  g_hash_table_remove_all (self->opened);
  g_clear_object (&self->focus_item);
  if (self->model != NULL)
    g_clear_signal_handler (&self->items_changed_handler, self->model);

  g_set_object (&self->model, model);
  self->create_row = create_row;
  self->fill_row = fill_row;
  self->user_data = user_data;
  self->items_changed_handler = g_signal_connect_swapped (model, "items-changed", G_CALLBACK (update_empty), self);

  gtk_no_selection_set_model (self->selection, model);
  update_empty (self);
}

/**
 * nv_row_list_set_placeholder:
 * @placeholder: (nullable) (transfer floating): what an empty list shows
 */
void
nv_row_list_set_placeholder (NvRowList *self,
                             GtkWidget *placeholder)
{
  g_return_if_fail (NV_IS_ROW_LIST (self));

  adw_bin_set_child (self->placeholder_bin, placeholder);
  update_empty (self);
}

/**
 * nv_row_list_get_row:
 *
 * Returns: (transfer none) (nullable): @item's row, if it is on screen
 */
GtkWidget *
nv_row_list_get_row (NvRowList *self,
                     gpointer   item)
{
  g_return_val_if_fail (NV_IS_ROW_LIST (self), NULL);

  return g_hash_table_lookup (self->rows, item);
}

/**
 * nv_row_list_foreach_row:
 *
 * Calls @func with each row on screen and @user_data.
 */
void
nv_row_list_foreach_row (NvRowList *self,
                         GFunc      func,
                         gpointer   user_data)
{
  GHashTableIter iter;
  gpointer row;

  g_return_if_fail (NV_IS_ROW_LIST (self));

  g_hash_table_iter_init (&iter, self->rows);
  while (g_hash_table_iter_next (&iter, NULL, &row))
    func (row, user_data);
}

/**
 * nv_row_list_open:
 * @item: an item of the list
 *
 * Scrolls to @item's row, opens it if it is an expander row, and gives
 * it the focus.
 */
void
nv_row_list_open (NvRowList *self,
                  gpointer   item)
{
  GtkWidget *row;
  guint n;

  g_return_if_fail (NV_IS_ROW_LIST (self));
  g_return_if_fail (G_IS_OBJECT (item));

  if (self->model == NULL)
    return;

  n = g_list_model_get_n_items (self->model);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) each = g_list_model_get_item (self->model, i);

      if (each != item)
        continue;

      g_hash_table_add (self->opened, g_object_ref (each));
      row = g_hash_table_lookup (self->rows, item);
      if (row != NULL)
        {
          if (ADW_IS_EXPANDER_ROW (row))
            adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
          g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, focus_row_cb, g_object_ref (row), g_object_unref);
        }
      else
        g_set_object (&self->focus_item, each);
      gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", i);
      return;
    }
}
