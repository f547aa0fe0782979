/* nv-planning-grid.c: a network's series on one screen, one column per
 * meeting (seed 003's "Planlægningsredskab")
 *
 * Copyright 2026 Netværk developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "nv-format.h"
#include "nv-gui-util.h"
#include "nv-meeting.h"
#include "nv-planning-grid.h"

/*
 * The rows are the meetings' fields (sub-theme, date, place, roles); the
 * columns are the meetings in the order of the series. GtkColumnView
 * only builds the rows it shows, so a series of many meetings, and rows
 * for many people, stay quick.
 */

struct _NvPlanningGrid
{
  AdwBin         parent_instance;

  GtkColumnView *column_view;

  NvPlan        *plan;
  NvNetwork     *network;
};

G_DEFINE_FINAL_TYPE (NvPlanningGrid, nv_planning_grid, ADW_TYPE_BIN)

static const char * const row_properties[] = {
  "subtheme", "date", "location", "chair", "minute-taker", "host", NULL
};

static const char *
row_title (const char *property)
{
  g_autoptr(GTypeClass) klass = g_type_class_ref (NV_TYPE_MEETING);
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_CLASS (klass), property);

  /* The date row shows the start time too */
  if (g_str_equal (property, "date"))
    return _("Date and time");
  return _(g_param_spec_get_nick (pspec));
}

static char *
cell_text (NvPlanningGrid *self,
           NvMeeting      *meeting,
           const char     *property)
{
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (meeting), property);
  const NvField *field = nv_field_get (pspec);
  g_autofree char *text = NULL;

  if (g_str_equal (property, "date"))
    return nv_format_when_short (nv_meeting_get_date (meeting), nv_meeting_get_start (meeting));

  g_object_get (meeting, property, &text, NULL);
  if (field->kind == NV_FIELD_REF)
    return g_strdup (nv_plan_person_name (self->plan, text));
  return g_steal_pointer (&text);
}

static GtkWidget *
cell_label_new (void)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_width_chars (GTK_LABEL (label), 18);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 24);
  gtk_widget_set_margin_top (label, 6);
  gtk_widget_set_margin_bottom (label, 6);
  gtk_widget_set_margin_start (label, 6);
  gtk_widget_set_margin_end (label, 6);
  return label;
}

static void
setup_cell (GtkSignalListItemFactory *factory,
            GtkListItem              *item,
            gpointer                  user_data)
{
  gtk_list_item_set_child (item, cell_label_new ());
}

static void
bind_row_title (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                gpointer                  user_data)
{
  GtkStringObject *row = gtk_list_item_get_item (item);
  GtkWidget *label = gtk_list_item_get_child (item);

  gtk_label_set_text (GTK_LABEL (label), row_title (gtk_string_object_get_string (row)));
  gtk_widget_add_css_class (label, "caption-heading");
  gtk_widget_add_css_class (label, "dim-label");
}

static void
bind_meeting_cell (GtkSignalListItemFactory *factory,
                   GtkListItem              *item,
                   NvMeeting                *meeting)
{
  NvPlanningGrid *self = g_object_get_data (G_OBJECT (factory), "grid");
  GtkStringObject *row = gtk_list_item_get_item (item);
  g_autofree char *text = cell_text (self, meeting, gtk_string_object_get_string (row));
  g_autofree char *shown = nv_display_text (text);

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)), shown);
}

static GtkColumnViewColumn *
column_new (NvPlanningGrid *self,
            const char     *title,
            NvMeeting      *meeting)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkColumnViewColumn *column;

  g_object_set_data (G_OBJECT (factory), "grid", self);
  g_signal_connect (factory, "setup", G_CALLBACK (setup_cell), NULL);
  if (meeting == NULL)
    g_signal_connect (factory, "bind", G_CALLBACK (bind_row_title), NULL);
  else
    g_signal_connect_data (factory, "bind", G_CALLBACK (bind_meeting_cell),
                           g_object_ref (meeting), (GClosureNotify) (void (*) (void)) g_object_unref, 0);

  column = gtk_column_view_column_new (title, factory);
  gtk_column_view_column_set_resizable (column, TRUE);
  return column;
}

static void
remove_columns (NvPlanningGrid *self)
{
  GListModel *columns = gtk_column_view_get_columns (self->column_view);

  while (g_list_model_get_n_items (columns) > 0)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, 0);
      gtk_column_view_remove_column (self->column_view, column);
    }
}

/* One column per meeting, in the order of the series */
static void
rebuild (NvPlanningGrid *self)
{
  GListModel *meetings = nv_network_get_meetings (self->network);
  guint n = g_list_model_get_n_items (meetings);
  g_autoptr(GtkColumnViewColumn) first = column_new (self, NULL, NULL);
  GtkNoSelection *selection;

  remove_columns (self);
  gtk_column_view_append_column (self->column_view, first);

  for (guint i = 0; i < n; i++)
    {
      NvMeeting *meeting = NV_MEETING (nv_record_list_peek (NV_RECORD_LIST (meetings), i));
      const char *title = nv_meeting_get_title (meeting);
      g_autoptr(GtkColumnViewColumn) column = column_new (self, title ? title : _("Untitled meeting"), meeting);

      gtk_column_view_append_column (self->column_view, column);
    }

  /* A new model makes every cell bind again, with the current values */
  selection = gtk_no_selection_new (G_LIST_MODEL (gtk_string_list_new (row_properties)));
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (selection));
  g_object_unref (selection);
}

static void
on_plan_changed_cb (NvPlanningGrid *self)
{
  if (self->network != NULL && gtk_widget_get_mapped (GTK_WIDGET (self)))
    rebuild (self);
}

void
nv_planning_grid_show (NvPlanningGrid *self,
                       NvPlan         *plan,
                       NvNetwork      *network)
{
  g_return_if_fail (NV_IS_PLANNING_GRID (self));

  if (self->plan != plan)
    {
      if (self->plan != NULL)
        g_signal_handlers_disconnect_by_func (nv_plan_get_history (self->plan), on_plan_changed_cb, self);
      g_set_object (&self->plan, plan);
      g_signal_connect_object (nv_plan_get_history (plan), "changed",
                               G_CALLBACK (on_plan_changed_cb), self, G_CONNECT_SWAPPED);
    }

  g_set_object (&self->network, network);
  rebuild (self);
}

static void
nv_planning_grid_map (GtkWidget *widget)
{
  NvPlanningGrid *self = NV_PLANNING_GRID (widget);

  GTK_WIDGET_CLASS (nv_planning_grid_parent_class)->map (widget);

  /* Changes made while another view was shown */
  if (self->network != NULL)
    rebuild (self);
}

static void
nv_planning_grid_dispose (GObject *object)
{
  NvPlanningGrid *self = NV_PLANNING_GRID (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), NV_TYPE_PLANNING_GRID);
  g_clear_object (&self->network);
  g_clear_object (&self->plan);

  G_OBJECT_CLASS (nv_planning_grid_parent_class)->dispose (object);
}

static void
nv_planning_grid_class_init (NvPlanningGridClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = nv_planning_grid_dispose;
  widget_class->map = nv_planning_grid_map;

  gtk_widget_class_set_template_from_resource (widget_class, "/com/example/Netvaerk/ui/nv-planning-grid.ui");
  gtk_widget_class_bind_template_child (widget_class, NvPlanningGrid, column_view);
}

static void
nv_planning_grid_init (NvPlanningGrid *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
