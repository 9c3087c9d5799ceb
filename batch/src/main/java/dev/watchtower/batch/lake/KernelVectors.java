package dev.watchtower.batch.lake;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.delta.kernel.data.ArrayValue;
import io.delta.kernel.data.ColumnVector;
import io.delta.kernel.data.ColumnarBatch;
import io.delta.kernel.data.MapValue;
import io.delta.kernel.types.ArrayType;
import io.delta.kernel.types.DataType;
import io.delta.kernel.types.DateType;
import io.delta.kernel.types.MapType;
import io.delta.kernel.types.StructType;
import io.delta.kernel.types.TimestampType;
import org.apache.spark.sql.Row;
import org.jspecify.annotations.Nullable;

/**
 * Spark rows of {@link BronzeRows} and {@link SilverRows} seen as Delta Kernel columns,
 * without copying: a column reads its values from the rows when Kernel's Parquet writer
 * asks for them. The rows hold the Java values the row factories put in (strings, boxed
 * numbers, {@link Instant}, {@link LocalDate}, {@link BigDecimal}, lists, maps and nested
 * rows); Kernel wants timestamps as microseconds since the epoch and dates as days since
 * it.
 */
final class KernelVectors {

	private KernelVectors() {
	}

	/**
	 * The rows as one batch of the table's (logical) schema, column by column in the
	 * schema's order, which is the order the row factories write.
	 * @param schema the table's schema as Kernel reads it
	 * @param rows the rows
	 * @return the batch
	 */
	static ColumnarBatch batch(StructType schema, List<Row> rows) {
		List<ColumnVector> columns = new ArrayList<>(schema.length());
		for (int ordinal = 0; ordinal < schema.length(); ordinal++) {
			int field = ordinal;
			columns.add(vector(schema.at(field).getDataType(), rows.size(), (row) -> rows.get(row).get(field)));
		}
		return new Batch(schema, rows.size(), columns);
	}

	private static ColumnVector vector(DataType type, int size, Values values) {
		return new Vector(type, size, values);
	}

	/** The value of a column at a row. */
	@FunctionalInterface
	private interface Values {

		@Nullable Object at(int row);

	}

	private record Batch(StructType schema, int size, List<ColumnVector> columns) implements ColumnarBatch {

		@Override
		public StructType getSchema() {
			return this.schema;
		}

		@Override
		public ColumnVector getColumnVector(int ordinal) {
			return this.columns.get(ordinal);
		}

		@Override
		public int getSize() {
			return this.size;
		}

		/** Kernel drops the partition column this way before it writes the file. */
		@Override
		public ColumnarBatch withDeletedColumnAt(int ordinal) {
			List<io.delta.kernel.types.StructField> fields = new ArrayList<>(this.schema.fields());
			fields.remove(ordinal);
			List<ColumnVector> remaining = new ArrayList<>(this.columns);
			remaining.remove(ordinal);
			return new Batch(new StructType(fields), this.size, remaining);
		}

	}

	private record Vector(DataType type, int size, Values values) implements ColumnVector {

		@Override
		public DataType getDataType() {
			return this.type;
		}

		@Override
		public int getSize() {
			return this.size;
		}

		@Override
		public void close() {
		}

		@Override
		public boolean isNullAt(int row) {
			return this.values.at(row) == null;
		}

		@Override
		public boolean getBoolean(int row) {
			return (Boolean) value(row);
		}

		@Override
		public int getInt(int row) {
			Object value = value(row);
			if (this.type instanceof DateType) {
				return Math.toIntExact(((LocalDate) value).toEpochDay());
			}
			return ((Number) value).intValue();
		}

		@Override
		public long getLong(int row) {
			Object value = value(row);
			if (this.type instanceof TimestampType) {
				return ChronoUnit.MICROS.between(Instant.EPOCH, (Instant) value);
			}
			return ((Number) value).longValue();
		}

		@Override
		public double getDouble(int row) {
			return ((Number) value(row)).doubleValue();
		}

		@Override
		public String getString(int row) {
			return (String) value(row);
		}

		@Override
		public BigDecimal getDecimal(int row) {
			return (BigDecimal) value(row);
		}

		@Override
		public ArrayValue getArray(int row) {
			List<?> elements = (List<?>) value(row);
			ColumnVector vector = vector(((ArrayType) this.type).getElementType(), elements.size(), elements::get);
			return new ArrayValue() {

				@Override
				public int getSize() {
					return elements.size();
				}

				@Override
				public ColumnVector getElements() {
					return vector;
				}

			};
		}

		@Override
		public MapValue getMap(int row) {
			MapType map = (MapType) this.type;
			List<? extends Map.Entry<?, ?>> entries = new ArrayList<>(((Map<?, ?>) value(row)).entrySet());
			ColumnVector keys = vector(map.getKeyType(), entries.size(), (index) -> entries.get(index).getKey());
			ColumnVector values = vector(map.getValueType(), entries.size(), (index) -> entries.get(index).getValue());
			return new MapValue() {

				@Override
				public int getSize() {
					return entries.size();
				}

				@Override
				public ColumnVector getKeys() {
					return keys;
				}

				@Override
				public ColumnVector getValues() {
					return values;
				}

			};
		}

		@Override
		public ColumnVector getChild(int ordinal) {
			StructType struct = (StructType) this.type;
			return vector(struct.at(ordinal).getDataType(), this.size, (row) -> {
				Row value = (Row) this.values.at(row);
				return (value != null) ? value.get(ordinal) : null;
			});
		}

		private Object value(int row) {
			Object value = this.values.at(row);
			if (value == null) {
				throw new IllegalStateException(
						"Null read as a value at row " + row + " of a " + this.type + " column");
			}
			return value;
		}

	}

}
