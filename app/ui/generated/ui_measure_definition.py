# Generated from forms/measure_definition.ui by packaging/build_ui.py: do not edit; edit the .ui file and rebuild.
from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QFormLayout, QFrame, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QScrollArea, QSizePolicy, QSpacerItem, QSpinBox, QTableWidget, QVBoxLayout, QWidget)

class Ui_MeasuresDefinition(object):
    def setupUi(self, MeasuresDefinition):
        if not MeasuresDefinition.objectName():
            MeasuresDefinition.setObjectName(u"MeasuresDefinition")
        MeasuresDefinition.resize(700, 800)
        self.outerLayout = QVBoxLayout(MeasuresDefinition)
        self.outerLayout.setObjectName(u"outerLayout")
        self.outerLayout.setContentsMargins(0, 0, 0, 0)
        self.readOnlyNote = QLabel(MeasuresDefinition)
        self.readOnlyNote.setObjectName(u"readOnlyNote")
        self.readOnlyNote.setWordWrap(True)

        self.outerLayout.addWidget(self.readOnlyNote)

        self.scroll = QScrollArea(MeasuresDefinition)
        self.scroll.setObjectName(u"scroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.NoFrame)
        self.scrollContents = QWidget()
        self.scrollContents.setObjectName(u"scrollContents")
        self.form = QFormLayout(self.scrollContents)
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.nameLabel = QLabel(self.scrollContents)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.name = QLineEdit(self.scrollContents)
        self.name.setObjectName(u"name")
        self.name.setMaxLength(120)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name)

        self.typeLabel = QLabel(self.scrollContents)
        self.typeLabel.setObjectName(u"typeLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.typeLabel)

        self.measureType = QComboBox(self.scrollContents)
        self.measureType.setObjectName(u"measureType")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.measureType)

        self.definitionLabel = QLabel(self.scrollContents)
        self.definitionLabel.setObjectName(u"definitionLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.definitionLabel)

        self.definition = QPlainTextEdit(self.scrollContents)
        self.definition.setObjectName(u"definition")
        self.definition.setTabChangesFocus(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.definition)

        self.kindLabel = QLabel(self.scrollContents)
        self.kindLabel.setObjectName(u"kindLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.dataKind = QComboBox(self.scrollContents)
        self.dataKind.setObjectName(u"dataKind")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.dataKind)

        self.unitLabel = QLabel(self.scrollContents)
        self.unitLabel.setObjectName(u"unitLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.unitLabel)

        self.unit = QLineEdit(self.scrollContents)
        self.unit.setObjectName(u"unit")
        self.unit.setMaxLength(40)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.unit)

        self.ratePerLabel = QLabel(self.scrollContents)
        self.ratePerLabel.setObjectName(u"ratePerLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.ratePerLabel)

        self.ratePer = QComboBox(self.scrollContents)
        self.ratePer.setObjectName(u"ratePer")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.ratePer)

        self.frequencyLabel = QLabel(self.scrollContents)
        self.frequencyLabel.setObjectName(u"frequencyLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.frequencyLabel)

        self.frequency = QComboBox(self.scrollContents)
        self.frequency.setObjectName(u"frequency")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.frequency)

        self.improvementLabel = QLabel(self.scrollContents)
        self.improvementLabel.setObjectName(u"improvementLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.improvementLabel)

        self.improvement = QComboBox(self.scrollContents)
        self.improvement.setObjectName(u"improvement")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.improvement)

        self.targetLabel = QLabel(self.scrollContents)
        self.targetLabel.setObjectName(u"targetLabel")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.targetLabel)

        self.target = QLineEdit(self.scrollContents)
        self.target.setObjectName(u"target")

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.target)

        self.chartLabel = QLabel(self.scrollContents)
        self.chartLabel.setObjectName(u"chartLabel")

        self.form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.chartLabel)

        self.chartType = QComboBox(self.scrollContents)
        self.chartType.setObjectName(u"chartType")

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.chartType)

        self.baselineLabel = QLabel(self.scrollContents)
        self.baselineLabel.setObjectName(u"baselineLabel")

        self.form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.baselineLabel)

        self.baseline = QSpinBox(self.scrollContents)
        self.baseline.setObjectName(u"baseline")
        self.baseline.setMinimum(0)
        self.baseline.setMaximum(1000)

        self.form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.baseline)

        self.screenLayout = QVBoxLayout()
        self.screenLayout.setObjectName(u"screenLayout")
        self.screenOutliers = QCheckBox(self.scrollContents)
        self.screenOutliers.setObjectName(u"screenOutliers")

        self.screenLayout.addWidget(self.screenOutliers)

        self.screenNote = QLabel(self.scrollContents)
        self.screenNote.setObjectName(u"screenNote")
        self.screenNote.setWordWrap(True)

        self.screenLayout.addWidget(self.screenNote)


        self.form.setLayout(11, QFormLayout.ItemRole.FieldRole, self.screenLayout)

        self.sourceLabel = QLabel(self.scrollContents)
        self.sourceLabel.setObjectName(u"sourceLabel")

        self.form.setWidget(12, QFormLayout.ItemRole.LabelRole, self.sourceLabel)

        self.dataSource = QLineEdit(self.scrollContents)
        self.dataSource.setObjectName(u"dataSource")
        self.dataSource.setMaxLength(200)

        self.form.setWidget(12, QFormLayout.ItemRole.FieldRole, self.dataSource)

        self.rebaseLabel = QLabel(self.scrollContents)
        self.rebaseLabel.setObjectName(u"rebaseLabel")

        self.form.setWidget(13, QFormLayout.ItemRole.LabelRole, self.rebaseLabel)

        self.rebaseLayout = QVBoxLayout()
        self.rebaseLayout.setObjectName(u"rebaseLayout")
        self.rebaseTable = QTableWidget(self.scrollContents)
        self.rebaseTable.setObjectName(u"rebaseTable")
        self.rebaseTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.rebaseTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.rebaseTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.rebaseTable.setTabKeyNavigation(False)
        self.rebaseTable.setMaximumHeight(160)

        self.rebaseLayout.addWidget(self.rebaseTable)

        self.rebaseButtons = QHBoxLayout()
        self.rebaseButtons.setObjectName(u"rebaseButtons")
        self.addRebase = QPushButton(self.scrollContents)
        self.addRebase.setObjectName(u"addRebase")

        self.rebaseButtons.addWidget(self.addRebase)

        self.removeRebase = QPushButton(self.scrollContents)
        self.removeRebase.setObjectName(u"removeRebase")

        self.rebaseButtons.addWidget(self.removeRebase)

        self.rebaseSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.rebaseButtons.addItem(self.rebaseSpacer)


        self.rebaseLayout.addLayout(self.rebaseButtons)


        self.form.setLayout(13, QFormLayout.ItemRole.FieldRole, self.rebaseLayout)

        self.scroll.setWidget(self.scrollContents)

        self.outerLayout.addWidget(self.scroll)

        self.definitionMessage = QLabel(MeasuresDefinition)
        self.definitionMessage.setObjectName(u"definitionMessage")
        self.definitionMessage.setWordWrap(True)

        self.outerLayout.addWidget(self.definitionMessage)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.saveDefinition = QPushButton(MeasuresDefinition)
        self.saveDefinition.setObjectName(u"saveDefinition")

        self.buttons.addWidget(self.saveDefinition)

        self.revertDefinition = QPushButton(MeasuresDefinition)
        self.revertDefinition.setObjectName(u"revertDefinition")

        self.buttons.addWidget(self.revertDefinition)

        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.buttonsSpacer)


        self.outerLayout.addLayout(self.buttons)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.name)
        self.typeLabel.setBuddy(self.measureType)
        self.definitionLabel.setBuddy(self.definition)
        self.kindLabel.setBuddy(self.dataKind)
        self.unitLabel.setBuddy(self.unit)
        self.ratePerLabel.setBuddy(self.ratePer)
        self.frequencyLabel.setBuddy(self.frequency)
        self.improvementLabel.setBuddy(self.improvement)
        self.targetLabel.setBuddy(self.target)
        self.chartLabel.setBuddy(self.chartType)
        self.baselineLabel.setBuddy(self.baseline)
        self.sourceLabel.setBuddy(self.dataSource)
        self.rebaseLabel.setBuddy(self.rebaseTable)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.name, self.measureType)
        QWidget.setTabOrder(self.measureType, self.definition)
        QWidget.setTabOrder(self.definition, self.dataKind)
        QWidget.setTabOrder(self.dataKind, self.unit)
        QWidget.setTabOrder(self.unit, self.ratePer)
        QWidget.setTabOrder(self.ratePer, self.frequency)
        QWidget.setTabOrder(self.frequency, self.improvement)
        QWidget.setTabOrder(self.improvement, self.target)
        QWidget.setTabOrder(self.target, self.chartType)
        QWidget.setTabOrder(self.chartType, self.baseline)
        QWidget.setTabOrder(self.baseline, self.screenOutliers)
        QWidget.setTabOrder(self.screenOutliers, self.dataSource)
        QWidget.setTabOrder(self.dataSource, self.rebaseTable)
        QWidget.setTabOrder(self.rebaseTable, self.addRebase)
        QWidget.setTabOrder(self.addRebase, self.removeRebase)
        QWidget.setTabOrder(self.removeRebase, self.saveDefinition)
        QWidget.setTabOrder(self.saveDefinition, self.revertDefinition)

        self.retranslateUi(MeasuresDefinition)

        QMetaObject.connectSlotsByName(MeasuresDefinition)
    # setupUi

    def retranslateUi(self, MeasuresDefinition):
        self.readOnlyNote.setText("")
#if QT_CONFIG(accessibility)
        self.scroll.setAccessibleName(QCoreApplication.translate("MeasuresDefinition", u"Measure definition", None))
#endif // QT_CONFIG(accessibility)
        self.nameLabel.setText(QCoreApplication.translate("MeasuresDefinition", u"&Name", None))
#if QT_CONFIG(accessibility)
        self.name.setAccessibleName(QCoreApplication.translate("MeasuresDefinition", u"Measure name", None))
#endif // QT_CONFIG(accessibility)
        self.name.setPlaceholderText(QCoreApplication.translate("MeasuresDefinition", u"for example: Falls per 1,000 occupied bed days", None))
        self.typeLabel.setText(QCoreApplication.translate("MeasuresDefinition", u"Measure &type", None))
#if QT_CONFIG(accessibility)
        self.measureType.setAccessibleName(QCoreApplication.translate("MeasuresDefinition", u"Measure type: outcome, process or balancing", None))
#endif // QT_CONFIG(accessibility)
        self.definitionLabel.setText(QCoreApplication.translate("MeasuresDefinition", u"&Operational definition", None))
#if QT_CONFIG(accessibility)
        self.definition.setAccessibleName(QCoreApplication.translate("MeasuresDefinition", u"Operational definition", None))
#endif // QT_CONFIG(accessibility)
        self.definition.setPlaceholderText(QCoreApplication.translate("MeasuresDefinition", u"Exactly what is counted, and for rates and percentages the numerator and the denominator", None))
        self.kindLabel.setText(QCoreApplication.translate("MeasuresDefinition", u"&Kind of data", None))
#if QT_CONFIG(accessibility)
        self.dataKind.setAccessibleName(QCoreApplication.translate("MeasuresDefinition", u"Kind of data", None))
#endif // QT_CONFIG(accessibility)
        self.unitLabel.setText(QCoreApplication.translate("MeasuresDefinition", u"&Unit", None))
#if QT_CONFIG(accessibility)
        self.unit.setAccessibleName(QCoreApplication.translate("MeasuresDefinition", u"Unit", None))
#endif // QT_CONFIG(accessibility)
        self.unit.setPlaceholderText(QCoreApplication.translate("MeasuresDefinition", u"for example: minutes, falls, occupied bed days", None))
        self.ratePerLabel.setText(QCoreApplication.translate("MeasuresDefinition", u"Rate &per", None))
#if QT_CONFIG(accessibility)
        self.ratePer.setAccessibleName(QCoreApplication.translate("MeasuresDefinition", u"Rate per", None))
#endif // QT_CONFIG(accessibility)
        self.frequencyLabel.setText(QCoreApplication.translate("MeasuresDefinition", u"F&requency", None))
#if QT_CONFIG(accessibility)
        self.frequency.setAccessibleName(QCoreApplication.translate("MeasuresDefinition", u"Frequency", None))
#endif // QT_CONFIG(accessibility)
        self.improvementLabel.setText(QCoreApplication.translate("MeasuresDefinition", u"&Improvement", None))
#if QT_CONFIG(accessibility)
        self.improvement.setAccessibleName(QCoreApplication.translate("MeasuresDefinition", u"Improvement direction", None))
#endif // QT_CONFIG(accessibility)
        self.targetLabel.setText(QCoreApplication.translate("MeasuresDefinition", u"T&arget", None))
#if QT_CONFIG(accessibility)
        self.target.setAccessibleName(QCoreApplication.translate("MeasuresDefinition", u"Target", None))
#endif // QT_CONFIG(accessibility)
        self.target.setPlaceholderText(QCoreApplication.translate("MeasuresDefinition", u"blank for no target", None))
        self.chartLabel.setText(QCoreApplication.translate("MeasuresDefinition", u"Chart t&ype", None))
#if QT_CONFIG(accessibility)
        self.chartType.setAccessibleName(QCoreApplication.translate("MeasuresDefinition", u"Chart type", None))
#endif // QT_CONFIG(accessibility)
        self.baselineLabel.setText(QCoreApplication.translate("MeasuresDefinition", u"&Baseline (points)", None))
#if QT_CONFIG(accessibility)
        self.baseline.setAccessibleName(QCoreApplication.translate("MeasuresDefinition", u"Baseline: the number of points that fix the centre line and limits", None))
#endif // QT_CONFIG(accessibility)
        self.baseline.setSpecialValueText(QCoreApplication.translate("MeasuresDefinition", u"No baseline: use all points", None))
        self.screenOutliers.setText(QCoreApplication.translate("MeasuresDefinition", u"&Leave unusually big jumps out of the limits", None))
#if QT_CONFIG(tooltip)
        self.screenOutliers.setToolTip(QCoreApplication.translate("MeasuresDefinition", u"A jump between neighbouring points of 3.267 times the average jump or more (a moving range screened out, as the NHSRplotthedots package does) is left out when the limits are set.", None))
#endif // QT_CONFIG(tooltip)
        self.screenNote.setText(QCoreApplication.translate("MeasuresDefinition", u"XmR charts only. On by default, so one bad day does not widen the limits; the Making Data Count Excel tool keeps every jump, so its limits can be wider.", None))
        self.sourceLabel.setText(QCoreApplication.translate("MeasuresDefinition", u"Data source", None))
#if QT_CONFIG(accessibility)
        self.dataSource.setAccessibleName(QCoreApplication.translate("MeasuresDefinition", u"Data source and who collects it", None))
#endif // QT_CONFIG(accessibility)
        self.rebaseLabel.setText(QCoreApplication.translate("MeasuresDefinition", u"Rebase points", None))
#if QT_CONFIG(accessibility)
        self.rebaseTable.setAccessibleName(QCoreApplication.translate("MeasuresDefinition", u"Rebase points, each with its reason", None))
#endif // QT_CONFIG(accessibility)
        self.addRebase.setText(QCoreApplication.translate("MeasuresDefinition", u"Add rebase\u2026", None))
#if QT_CONFIG(accessibility)
        self.addRebase.setAccessibleName(QCoreApplication.translate("MeasuresDefinition", u"Add a rebase point with its reason", None))
#endif // QT_CONFIG(accessibility)
        self.removeRebase.setText(QCoreApplication.translate("MeasuresDefinition", u"Remove rebase", None))
#if QT_CONFIG(accessibility)
        self.removeRebase.setAccessibleName(QCoreApplication.translate("MeasuresDefinition", u"Remove the selected rebase point", None))
#endif // QT_CONFIG(accessibility)
        self.definitionMessage.setText("")
        self.saveDefinition.setText(QCoreApplication.translate("MeasuresDefinition", u"&Save definition", None))
#if QT_CONFIG(accessibility)
        self.saveDefinition.setAccessibleName(QCoreApplication.translate("MeasuresDefinition", u"Save the measure definition", None))
#endif // QT_CONFIG(accessibility)
        self.revertDefinition.setText(QCoreApplication.translate("MeasuresDefinition", u"Undo chan&ges", None))
#if QT_CONFIG(accessibility)
        self.revertDefinition.setAccessibleName(QCoreApplication.translate("MeasuresDefinition", u"Undo changes to the measure definition", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

